/** The Expand operator of GROUPING SETS, ROLLUP and CUBE: one input row becomes one row per grouping set. */
package io.eddy.runtime.operators.expand;
