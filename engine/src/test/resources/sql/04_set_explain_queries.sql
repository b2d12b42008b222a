SET
----
Empty set

SET 'execution.checkpointing.interval' = '10 s'
----
[INFO] Execute statement succeeded.

SET 'execution.checkpointing.interval' = 'often'
----
[ERROR 42000] line 1, column 42: Invalid value 'often' for option 'execution.checkpointing.interval': expected a duration such as '10 s', '1 min' or '500 ms'

SET 'execution.runtime-mode' = 'sideways'
----
[ERROR 42000] line 1, column 32: Invalid value 'sideways' for option 'execution.runtime-mode': expected one of 'streaming', 'batch', 'automatic'

SET 'table.dml-sync' = 'maybe'
----
[ERROR 42000] line 1, column 24: Invalid value 'maybe' for option 'table.dml-sync': expected 'true' or 'false'

SET 'parallelism.default' = '0'
----
[ERROR 42000] line 1, column 29: Invalid value '0' for option 'parallelism.default': expected a positive integer such as '4'

SET 'my.own.key' = 'anything'
----
[INFO] Execute statement succeeded.

SET 'connector.password' = 'hunter2'
----
[INFO] Execute statement succeeded.

SET
----
+----------------------------------+----------+
|                              key |    value |
+----------------------------------+----------+
|               connector.password |   ****** |
| execution.checkpointing.interval |     10 s |
|                       my.own.key | anything |
+----------------------------------+----------+
3 rows in set

RESET 'my.own.key'
----
[INFO] Execute statement succeeded.

SET
----
+----------------------------------+--------+
|                              key |  value |
+----------------------------------+--------+
|               connector.password | ****** |
| execution.checkpointing.interval |   10 s |
+----------------------------------+--------+
2 rows in set

RESET
----
[INFO] Execute statement succeeded.

SET
----
Empty set

SET 'execution.checkpointing.max-concurrent-checkpoints' = '2'
----
[ERROR 42000] line 1, column 60: Invalid value '2' for option 'execution.checkpointing.max-concurrent-checkpoints': expected 1 (Eddy takes one checkpoint at a time)

SET 'execution.checkpointing.mode' = 'at_least_once'
----
[INFO] Execute statement succeeded.

SET 'execution.checkpointing.tolerable-failed-checkpoints' = '-1'
----
[ERROR 42000] line 1, column 62: Invalid value '-1' for option 'execution.checkpointing.tolerable-failed-checkpoints': expected a non-negative integer such as '3'

RESET 'execution.checkpointing.mode'
----
[INFO] Execute statement succeeded.

CREATE TABLE bids (auction BIGINT, price BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'datagen', 'number-of-rows' = '3', 'fields.auction.kind' = 'sequence', 'fields.auction.start' = '1', 'fields.auction.end' = '3')
----
[INFO] Execute statement succeeded.

CREATE TABLE sink (auction BIGINT, price BIGINT) WITH ('connector' = 'blackhole')
----
[INFO] Execute statement succeeded.

EXPLAIN SELECT auction, price * 2 AS doubled FROM bids WHERE price > 10
----
== Abstract Syntax Tree ==
LogicalProject(auction=[$0], doubled=[*($1, 2)])
  LogicalFilter(condition=[>($1, 10)])
    LogicalWatermarkAssigner(rowtime=[ts], watermark=[-($2, 1000:INTERVAL SECOND)])
      LogicalTableScan(table=[[default_catalog, default_database, bids]])
<BLANK>
== Optimized Physical Plan ==
Calc(select=[auction, price * 2 AS doubled], where=[price > 10]) changelogMode=[I] parallelism=[1]
+- TableSourceScan(table=[`default_catalog`.`default_database`.`bids`], fields=[auction, price, ts], watermark=[ts: ts - 1000]) changelogMode=[I] parallelism=[1]

EXPLAIN GENERATED_CODE SELECT auction, price * 2 AS doubled FROM bids WHERE price > 10
----
== Abstract Syntax Tree ==
LogicalProject(auction=[$0], doubled=[*($1, 2)])
  LogicalFilter(condition=[>($1, 10)])
    LogicalWatermarkAssigner(rowtime=[ts], watermark=[-($2, 1000:INTERVAL SECOND)])
      LogicalTableScan(table=[[default_catalog, default_database, bids]])
<BLANK>
== Optimized Physical Plan ==
Calc(select=[auction, price * 2 AS doubled], where=[price > 10]) changelogMode=[I] parallelism=[1]
+- TableSourceScan(table=[`default_catalog`.`default_database`.`bids`], fields=[auction, price, ts], watermark=[ts: ts - 1000]) changelogMode=[I] parallelism=[1]
<BLANK>
== Generated Code ==
// CalcCalc$a31d2d46
public final class CalcCalc$a31d2d46 implements io.eddy.runtime.function.RowTransform {
  private final io.eddy.runtime.data.RowSchema ref0;
  private final io.eddy.runtime.data.Row out;
<BLANK>
  public CalcCalc$a31d2d46(Object[] references) {
    ref0 = (io.eddy.runtime.data.RowSchema) references[0];
    out = new io.eddy.runtime.data.Row(ref0);
  }
<BLANK>
  private boolean filter(io.eddy.runtime.data.Row in) {
    boolean n0 = in.isNullAt(1);
    long v1 = in.getLong(1);
    boolean n2 = n0;
    boolean v3 = false;
    if (!n2) {
      v3 = Long.compare(v1, ((int) 10)) > 0;
    }
    return !n2 && v3;
  }
<BLANK>
  private void project0(io.eddy.runtime.data.Row in) {
    out.setFieldFrom(0, in, 0);
  }
<BLANK>
  private void project1(io.eddy.runtime.data.Row in) {
    boolean n4 = in.isNullAt(1);
    long v5 = in.getLong(1);
    boolean n6 = n4;
    long v7 = 0;
    if (!n6) {
      v7 = (v5 * ((long) ((int) 2)));
    }
    if (n6) {
      out.setNullAt(1);
    } else {
      out.setLong(1, v7);
    }
  }
<BLANK>
  public io.eddy.runtime.data.Row apply(io.eddy.runtime.data.Row in) {
    if (!filter(in)) return null;
    project0(in);
    project1(in);
    out.setKind(in.getKind());
    return out;
  }
}
// Watermark_bidsTimestamp$5fabba6d
public final class Watermark_bidsTimestamp$5fabba6d implements java.util.function.ToLongFunction {
<BLANK>
  public Watermark_bidsTimestamp$5fabba6d(Object[] references) {
  }
<BLANK>
  public long applyAsLong(Object row) {
    io.eddy.runtime.data.Row in = (io.eddy.runtime.data.Row) row;
    boolean n0 = in.isNullAt(2);
    long v1 = in.getLong(2);
    boolean n2 = n0;
    long v3 = 0;
    if (!n2) {
      v3 = (v1 + (-1000L));
    }
    return n2 ? Long.MIN_VALUE : v3;
  }
}

EXPLAIN INSERT INTO sink SELECT auction, SUM(price) FROM bids GROUP BY auction
----
== Abstract Syntax Tree ==
LogicalSink(table=[default_catalog.default_database.sink], fields=[auction, price])
  LogicalProject(auction=[$0], price=[$1])
    LogicalAggregate(group=[{0}], EXPR$1=[SUM($1)])
      LogicalProject(auction=[$0], price=[$1])
        LogicalWatermarkAssigner(rowtime=[ts], watermark=[-($2, 1000:INTERVAL SECOND)])
          LogicalTableScan(table=[[default_catalog, default_database, bids]])
<BLANK>
== Optimized Physical Plan ==
Sink(table=[`default_catalog`.`default_database`.`sink`], fields=[auction, EXPR$1]) changelogMode=[I,UA,D] parallelism=[1]
+- GroupAggregate(groupBy=[auction], select=[auction, SUM(price) AS EXPR$1]) changelogMode=[I,UA,D] parallelism=[1] state=[per group key: accumulators; ttl=0 (never expires)]
   +- Exchange(distribution=[hash[auction]])
      +- Calc(select=[auction, price]) changelogMode=[I] parallelism=[1]
         +- TableSourceScan(table=[`default_catalog`.`default_database`.`bids`], fields=[auction, price, ts], watermark=[ts: ts - 1000]) changelogMode=[I] parallelism=[1]

EXPLAIN SELECT nope FROM bids
----
[ERROR 42000] line 1, column 16: Column 'nope' not found in any table

SELECT auction FROM bids
----
+---------+
| auction |
+---------+
|       1 |
|       2 |
|       3 |
+---------+
3 rows in set

SELECT auction FROM bidz
----
[ERROR 42S02] line 1, column 21: Object 'bidz' not found
[HINT] Did you mean 'bids'?

SELECT auction +
  'x' FROM bids
----
[ERROR 42000] line 1, column 8: Cannot apply '+' to arguments of type 'BIGINT + CHAR(1)'

INSERT INTO sink SELECT auction, price FROM bids
----
[INFO] Execute statement succeeded.

INSERT INTO sink SELECT auction FROM bids
----
[ERROR 42000] line 1, column 18: Column count mismatch: the query produces 1 column, but `default_catalog`.`default_database`.`sink` takes 2 columns

INSERT INTO nowhere SELECT auction, price FROM bids
----
[ERROR 42S02] line 1, column 13: Table `default_catalog`.`default_database`.`nowhere` does not exist

EXECUTE STATEMENT SET BEGIN INSERT INTO sink SELECT auction, price FROM bids; INSERT INTO sink SELECT auction, price FROM bids; END
----
[INFO] Execute statement succeeded.

BEGIN STATEMENT SET
----
[INFO] Begin a statement set.

INSERT INTO sink SELECT auction, price FROM bids
----
[INFO] Add SQL update statement to the statement set.

SHOW TABLES
----
[ERROR 42000] line 1, column 1: Only INSERT statements are allowed in a statement set
[HINT] Use END to run the statement set

INSERT INTO sink SELECT nope FROM bids
----
[ERROR 42000] line 1, column 25: Column 'nope' not found in any table

END
----
[INFO] Execute statement succeeded.

END
----
[ERROR 42000] line 1, column 1: No statement set is open
[HINT] Start one with BEGIN STATEMENT SET

BEGIN STATEMENT SET
----
[INFO] Begin a statement set.

END
----
[INFO] No SQL statement is in the statement set.

STOP JOB 'abc123'
----
[ERROR 42S02] line 1, column 1: Job 'abc123' does not exist
[HINT] SHOW JOBS lists the jobs of this engine

CREATE TABLE copied WITH ('connector' = 'blackhole') AS SELECT auction, price FROM bids
----
[INFO] Execute statement succeeded.

SHOW TABLES
----
+------------+
| table name |
+------------+
|       bids |
|     copied |
|       sink |
+------------+
3 rows in set

CREATE TABLE copied WITH ('connector' = 'nope') AS SELECT auction, price FROM bids
----
[ERROR 42000] line 1, column 26: Unknown connector 'nope'. Available connectors: blackhole, datagen, filesystem, kafka, kinesis, nexmark, print, secretive, upsert-kafka

SELECT * FRM bids
----
[ERROR 42000] line 1, column 10: Syntax error: unexpected 'FRM'. Did you mean FROM?

SHOW
----
[ERROR 42000] line 1, column 1: Syntax error: Incorrect syntax near the keyword 'SHOW' at line 1, column 1.
