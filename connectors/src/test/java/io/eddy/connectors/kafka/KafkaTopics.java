package io.eddy.connectors.kafka;

import io.eddy.connectors.kafka.testing.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Creates topics on the test broker and writes records into them, directly with the Kafka clients. */
final class KafkaTopics {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final KafkaBroker broker;

  KafkaTopics(KafkaBroker broker) {
    this.broker = broker;
  }

  /** Creates a topic with a fresh name starting with {@code prefix}. */
  String create(String prefix, int partitions) throws Exception {
    String name = prefix + "-" + NEXT.incrementAndGet();
    broker.createTopic(name, partitions);
    return name;
  }

  /** One record to write. */
  record Message(int partition, Long timestamp, String key, String value, Map<String, String> headers) {
    static Message of(int partition, String value) {
      return new Message(partition, null, null, value, Map.of());
    }
  }

  void send(String topic, List<Message> messages) throws Exception {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
      for (Message message : messages) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, message.partition(),
            message.timestamp(), bytes(message.key()), bytes(message.value()));
        message.headers().forEach((key, value) -> record.headers().add(new RecordHeader(key, bytes(value))));
        producer.send(record).get();
      }
    }
  }

  /** Every record of the topic as {@code partition|key|value}, read directly with a consumer. */
  List<String> records(String topic, int expected) {
    return consume(topic, expected).stream().map(record -> record.partition() + "|"
        + text(record.key()) + "|" + text(record.value())).toList();
  }

  /** The headers of every record of the topic (text values, in header order), read directly with a consumer. */
  List<Map<String, String>> headers(String topic, int expected) {
    return consume(topic, expected).stream().map(record -> {
      Map<String, String> byName = new LinkedHashMap<>();
      record.headers().forEach(header -> byName.put(header.key(), text(header.value())));
      return byName;
    }).toList();
  }

  /** The topic's records from the beginning, until {@code expected} arrived or 10 seconds passed. */
  private List<ConsumerRecord<byte[], byte[]>> consume(String topic, int expected) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      consumer.assign(consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList());
      long deadline = System.currentTimeMillis() + 10_000;
      while (records.size() < expected && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
      }
    }
    return records;
  }

  private static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }
}
