package io.eddy.connectors.kinesis;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which shards the live readers of one source have read to their end, so that a reader holding a
 * child shard starts it only after its parents are done, whichever reader read them. Each reader
 * registers the shards it finished (including those restored as finished markers) and unregisters
 * when it closes, so what a reader of an earlier attempt of the job knew does not leak into a
 * restored attempt. Shared by the readers of one source in this process; thread-safe.
 */
final class ShardLineage {

  private final Map<Object, Set<String>> finishedByReader = new ConcurrentHashMap<>();

  void markFinished(Object reader, String shardId) {
    finishedByReader.computeIfAbsent(reader, r -> ConcurrentHashMap.newKeySet()).add(shardId);
  }

  boolean isFinished(String shardId) {
    for (Set<String> finished : finishedByReader.values()) {
      if (finished.contains(shardId)) {
        return true;
      }
    }
    return false;
  }

  void unregister(Object reader) {
    finishedByReader.remove(reader);
  }

  @Override
  public String toString() {
    return "ShardLineage" + finishedByReader.values();
  }
}
