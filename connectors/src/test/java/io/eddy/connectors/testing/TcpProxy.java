package io.eddy.connectors.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 in front of a real server, for tests of a server going away: {@link #cut()}
 * drops every connection and refuses new ones (as a stopped server would), {@link #restore()} accepts
 * them again on the same port. Bytes pass through unchanged.
 */
public final class TcpProxy implements AutoCloseable {

  private final int targetPort;
  private final int port;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;
  private volatile boolean closed;

  /** Starts a proxy to {@code targetPort} on 127.0.0.1. */
  public TcpProxy(int targetPort) {
    this.targetPort = targetPort;
    this.listener = listen(0);
    this.port = listener.getLocalPort();
  }

  /** The port clients connect to. */
  public int port() {
    return port;
  }

  /** Drops every connection and stops accepting: clients see resets, then refused connections. */
  public synchronized void cut() {
    closeQuietly(listener);
    connections.forEach(TcpProxy::closeQuietly);
    connections.clear();
  }

  /** Accepts connections again on the same port. */
  public synchronized void restore() {
    if (listener.isClosed()) {
      listener = listen(port);
    }
  }

  private ServerSocket listen(int onPort) {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
      Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept-" + socket.getLocalPort());
      acceptor.setDaemon(true);
      acceptor.start();
      return socket;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void accept(ServerSocket socket) {
    while (!socket.isClosed() && !closed) {
      try {
        Socket client = socket.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        connections.add(client);
        connections.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException e) {
        // the listener was closed by cut() or close(), or the target refused: the client sees a reset
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread pump = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        int read;
        while ((read = in.read(buffer)) >= 0) {
          out.write(buffer, 0, read);
          out.flush();
        }
      } catch (IOException e) {
        // one side went away; closing both ends below tells the other
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "tcp-proxy-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // already closed
    }
  }

  @Override
  public void close() {
    closed = true;
    cut();
  }
}
