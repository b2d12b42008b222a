/** Nodes for CREATE, DROP, ALTER and USE statements, and the parts of CREATE TABLE. */
package io.eddy.parser.ddl;
