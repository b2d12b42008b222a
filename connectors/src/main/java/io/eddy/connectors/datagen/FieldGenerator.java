package io.eddy.connectors.datagen;

import io.eddy.connectors.generator.SequenceRandom;
import io.eddy.runtime.data.Row;

/** Writes one field of generated row {@code number}. */
@FunctionalInterface
interface FieldGenerator {

    void write(long number, SequenceRandom random, long now, Row row, int index);
}
