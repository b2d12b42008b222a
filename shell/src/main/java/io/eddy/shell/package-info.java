/**
 * The {@code eddy} SQL shell: {@link io.eddy.shell.Main} parses the command line
 * ({@link io.eddy.shell.ShellOptions}), connects through JDBC and runs scripts
 * ({@link io.eddy.shell.ScriptRunner} over {@link io.eddy.shell.ScriptSplitter}) or the JLine
 * prompt. Output goes through {@link io.eddy.shell.ResultPrinter}s: tableau for {@code SHOW} and
 * the like, and for queries {@link io.eddy.shell.QueryResultPrinter}, which follows Flink's
 * {@code sql-client.execution.result-mode} ({@link io.eddy.shell.ResultModeSetting}) with the
 * full-screen {@code table} view (over a {@link io.eddy.shell.MaterializedTable}) and
 * {@code changelog} view, or tableau; and
 * {@link io.eddy.shell.MessagePrinter} ({@code [INFO]}, {@code [ERROR]}, {@code [HINT]} lines).
 */
package io.eddy.shell;
