/**
 * Type specs for Flink's types Calcite cannot represent exactly: ARRAY/MULTISET/MAP/ROW that keep
 * the nullability of nested types and the comments of row fields, and STRING/BYTES.
 */
package io.eddy.parser.type;
