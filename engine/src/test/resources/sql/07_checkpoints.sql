-- Checkpoint, savepoint and recovery options are checked when set, under Flink 2's keys and
-- Flink 1.x's; a recovery path without a snapshot fails the job's statement in one line.
SET 'state.checkpoints.num-retained' = '0'
----
[ERROR 42000] line 1, column 40: Invalid value '0' for option 'state.checkpoints.num-retained': expected a positive integer such as '3'

SET 'execution.state-recovery.ignore-unclaimed-state' = 'maybe'
----
[ERROR 42000] line 1, column 57: Invalid value 'maybe' for option 'execution.state-recovery.ignore-unclaimed-state': expected 'true' or 'false'

SET 'execution.checkpointing.savepoint-dir' = '/tmp/eddy-savepoints'
----
[INFO] Execute statement succeeded.

STOP JOB 'abc123' WITH SAVEPOINT
----
[ERROR 42S02] line 1, column 1: Job 'abc123' does not exist
[HINT] SHOW JOBS lists the jobs of this engine

CREATE TABLE numbers (n BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '3', 'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '3')
----
[INFO] Execute statement succeeded.

SET 'execution.savepoint.path' = '/nonexistent/eddy-savepoint'
----
[INFO] Execute statement succeeded.

SELECT n FROM numbers
----
[ERROR 58000] Cannot restore from '/nonexistent/eddy-savepoint': /nonexistent/eddy-savepoint does not exist
[HINT] Point 'execution.state-recovery.path' at a savepoint, a chk-<n> directory or a job's checkpoint directory

RESET 'execution.savepoint.path'
----
[INFO] Execute statement succeeded.

SELECT n FROM numbers
----
+---+
| n |
+---+
| 1 |
| 2 |
| 3 |
+---+
3 rows in set
