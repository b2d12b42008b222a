/** Nodes for INSERT (with OVERWRITE and PARTITION), statement sets and EXECUTE. */
package io.eddy.parser.dml;
