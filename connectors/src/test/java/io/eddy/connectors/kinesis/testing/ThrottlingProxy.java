package io.eddy.connectors.kinesis.testing;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerAdapter;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * An HTTP proxy on 127.0.0.1 in front of a real Kinesis-API server that makes it throttle, as Kinesis
 * does and kinesis-local never does. {@link #throttle(String, int)} answers the next calls of an
 * operation (the {@code X-Amz-Target} after the dot, e.g. {@code GetRecords}) itself with HTTP 400 and
 * {@code ProvisionedThroughputExceededException}; {@link #failEveryOtherRecord(int)} forwards only every
 * other record of the next PutRecords calls and answers the rest as rejected for throughput, the way a
 * partly failed PutRecords does. Everything else passes through unchanged. Speaks HTTP/2 with prior
 * knowledge (what the SDK's asynchronous Kinesis client uses on plain http) and HTTP/1.1, and answers
 * in the body encoding of the request (CBOR or JSON); calls reach the server over HTTP/1.1.
 */
public final class ThrottlingProxy implements AutoCloseable {

  public static final String THROTTLED = "ProvisionedThroughputExceededException";
  private static final String TARGET_HEADER = "x-amz-target";
  private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
  private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "date", "expect",
      "from", "host", "upgrade", "via", "warning", "keep-alive", "proxy-connection", "te",
      "transfer-encoding", "http2-settings");

  private final URI target;
  private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final EventLoopGroup group = new NioEventLoopGroup(1, runnable -> {
    Thread thread = new Thread(runnable, "throttling-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private final Channel listener;
  private final Map<String, Integer> throttleNext = new HashMap<>();
  private final Map<String, Integer> calls = new HashMap<>();
  private final Map<String, Integer> throttled = new HashMap<>();
  private final Set<String> protocols = new TreeSet<>();
  private final Set<String> contentTypes = new TreeSet<>();
  private int partlyFailNext;
  private int failedRecords;

  /** Starts a proxy to {@code targetEndpoint} ({@code http://host:port}). */
  public ThrottlingProxy(String targetEndpoint) {
    this.target = URI.create(targetEndpoint);
    try {
      this.listener = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
              HttpServerCodec http1 = new HttpServerCodec();
              channel.pipeline().addLast(new CleartextHttp2ServerUpgradeHandler(http1,
                      new HttpServerUpgradeHandler(http1, protocol -> null), new Http2Connection()),
                  new HttpObjectAggregator(MAX_BODY_BYTES), new Exchange("HTTP/1.1"));
            }
          }).bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).sync().channel();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      group.shutdownGracefully();
      throw new IllegalStateException("interrupted starting the proxy", e);
    }
  }

  /** {@code http://127.0.0.1:port}, for {@code aws.endpoint}. */
  public String endpoint() {
    return "http://127.0.0.1:" + ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** Answers the next {@code count} calls of {@code operation} (e.g. "GetRecords") as throttled. */
  public synchronized void throttle(String operation, int count) {
    throttleNext.put(operation, count);
  }

  /** Rejects every other record (the 2nd, 4th, ...) of the next {@code count} PutRecords calls of 2+ records. */
  public synchronized void failEveryOtherRecord(int count) {
    partlyFailNext = count;
  }

  /** Calls of {@code operation} that reached the proxy so far. */
  public synchronized int calls(String operation) {
    return calls.getOrDefault(operation, 0);
  }

  /** Calls of {@code operation} the proxy answered as throttled so far. */
  public synchronized int throttled(String operation) {
    return throttled.getOrDefault(operation, 0);
  }

  /** Records of PutRecords calls the proxy rejected so far. */
  public synchronized int failedRecords() {
    return failedRecords;
  }

  /** The HTTP versions clients spoke to the proxy ("HTTP/2", "HTTP/1.1"). */
  public synchronized Set<String> protocols() {
    return Set.copyOf(protocols);
  }

  /** The content types of the calls that reached the proxy. */
  public synchronized Set<String> contentTypes() {
    return Set.copyOf(contentTypes);
  }

  private enum Action { FORWARD, THROTTLE, PARTLY_FAIL }

  private synchronized Action decide(String protocol, String operation, String contentType) {
    protocols.add(protocol);
    if (contentType != null) {
      contentTypes.add(contentType);
    }
    calls.merge(operation, 1, Integer::sum);
    int left = throttleNext.getOrDefault(operation, 0);
    if (left > 0) {
      throttleNext.put(operation, left - 1);
      throttled.merge(operation, 1, Integer::sum);
      return Action.THROTTLE;
    }
    return operation.equals("PutRecords") && partlyFailNext > 0 ? Action.PARTLY_FAIL : Action.FORWARD;
  }

  /** Installs the HTTP/2 frame codec and one {@link Exchange} per stream where it is added. */
  private final class Http2Connection extends ChannelHandlerAdapter {
    @Override
    public void handlerAdded(ChannelHandlerContext context) {
      String codec = context.name() + "-codec";
      context.pipeline().addAfter(context.name(), codec, Http2FrameCodecBuilder.forServer().build());
      context.pipeline().addAfter(codec, null, new Http2MultiplexHandler(new ChannelInitializer<>() {
        @Override
        protected void initChannel(Channel stream) {
          stream.pipeline().addLast(new Http2StreamFrameToHttpObjectCodec(true),
              new HttpObjectAggregator(MAX_BODY_BYTES), new Exchange("HTTP/2"));
        }
      }));
      context.pipeline().remove(this);
    }
  }

  /** One request: answered as throttled, partly failed, or forwarded. */
  private final class Exchange extends SimpleChannelInboundHandler<FullHttpRequest> {

    private final String protocol;

    Exchange(String protocol) {
      this.protocol = protocol;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext context, FullHttpRequest request) {
      String targetHeader = request.headers().get(TARGET_HEADER, "");
      String operation = targetHeader.substring(targetHeader.indexOf('.') + 1);
      String contentType = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
      byte[] body = ByteBufUtil.getBytes(request.content());
      Map<String, String> headers = new LinkedHashMap<>();
      request.headers().forEach(header -> {
        String name = header.getKey().toLowerCase();
        if (!NOT_FORWARDED.contains(name) && !name.startsWith("x-http2-") && !name.startsWith(":")) {
          headers.put(header.getKey(), header.getValue());
        }
      });
      String path = request.uri();
      AwsDocuments documents = AwsDocuments.forContentType(contentType);
      CompletableFuture<FullHttpResponse> response = switch (decide(protocol, operation, contentType)) {
        case THROTTLE -> CompletableFuture.completedFuture(throttledResponse(documents, operation));
        case FORWARD -> forward(path, headers, body);
        case PARTLY_FAIL -> partlyFail(path, headers, body, documents);
      };
      response.whenComplete((answer, failure) -> {
        if (failure != null) {
          context.close();
        } else {
          context.writeAndFlush(answer);
        }
      });
    }

    private CompletableFuture<FullHttpResponse> forward(String path, Map<String, String> headers, byte[] body) {
      HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(path))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      return upstream.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(answer -> {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(answer.statusCode()), Unpooled.wrappedBuffer(answer.body()));
        answer.headers().map().forEach((name, values) -> {
          if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
            response.headers().add(name, values);
          }
        });
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
        return response;
      });
    }

    /** Forwards the even records, then answers with the server's results and the odd ones rejected. */
    @SuppressWarnings("unchecked")
    private CompletableFuture<FullHttpResponse> partlyFail(String path, Map<String, String> headers, byte[] body,
        AwsDocuments documents) {
      Map<String, Object> call = new LinkedHashMap<>((Map<String, Object>) documents.read(body));
      List<Object> records = (List<Object>) call.get("Records");
      if (records.size() < 2) {
        return forward(path, headers, body);
      }
      List<Object> kept = new ArrayList<>();
      for (int i = 0; i < records.size(); i += 2) {
        kept.add(records.get(i));
      }
      int rejected = records.size() - kept.size();
      synchronized (ThrottlingProxy.this) {
        partlyFailNext--;
        failedRecords += rejected;
      }
      call.put("Records", kept);
      return forward(path, headers, documents.write(call)).thenApply(response -> {
        if (response.status().code() != 200) {
          return response;
        }
        Map<String, Object> answer = new LinkedHashMap<>(
            (Map<String, Object>) documents.read(ByteBufUtil.getBytes(response.content())));
        response.release();
        List<Object> written = (List<Object>) answer.get("Records");
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
          results.add(i % 2 == 0 ? written.get(i / 2) : Map.of("ErrorCode", THROTTLED,
              "ErrorMessage", "Rate exceeded for shard in stream under account " + KinesisServer.ACCESS_KEY_ID));
        }
        Object failedBefore = answer.get("FailedRecordCount");
        answer.put("FailedRecordCount", (failedBefore == null ? 0 : ((Number) failedBefore).longValue()) + rejected);
        answer.put("Records", results);
        return answerOf(HttpResponseStatus.OK, documents, answer, Map.of());
      });
    }
  }

  private static FullHttpResponse throttledResponse(AwsDocuments documents, String operation) {
    return answerOf(HttpResponseStatus.BAD_REQUEST, documents, Map.of("__type", THROTTLED,
        "message", "Rate exceeded for " + operation + " under account " + KinesisServer.ACCESS_KEY_ID),
        Map.of("x-amzn-ErrorType", THROTTLED, "x-amzn-RequestId", "throttled-by-proxy"));
  }

  private static FullHttpResponse answerOf(HttpResponseStatus status, AwsDocuments documents, Object document,
      Map<String, String> headers) {
    byte[] body = documents.write(document);
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
        Unpooled.wrappedBuffer(body));
    headers.forEach(response.headers()::set);
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, documents.contentType());
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    return response;
  }

  @Override
  public void close() {
    listener.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }

  @Override
  public String toString() {
    return "ThrottlingProxy[" + endpoint() + " -> " + target + "]";
  }
}
