/** Nodes for SHOW, DESCRIBE and EXPLAIN. */
package io.eddy.parser.dql;
