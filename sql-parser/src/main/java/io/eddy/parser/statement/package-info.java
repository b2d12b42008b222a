/** Nodes for session and job statements: SET, RESET and STOP JOB. */
package io.eddy.parser.statement;
