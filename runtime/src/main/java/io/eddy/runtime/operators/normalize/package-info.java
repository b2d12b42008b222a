/**
 * Normalization of changelogs: {@link io.eddy.runtime.operators.normalize.ChangelogNormalizeOperator}
 * turns an upsert stream by primary key (upsert-kafka) into a full changelog with
 * {@code -U}/{@code +U} pairs and complete {@code -D} rows, with state of one row per key.
 */
package io.eddy.runtime.operators.normalize;
