package io.eddy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sessions of one engine run statements from several threads, each in its own database. */
class ConcurrentSessionsTest {

    @Test
    void eachSessionStaysInItsOwnDatabase() throws Exception {
        String url = "jdbc:eddy:?test=concurrent";
        int sessions = 4;
        try (Connection keeper = DriverManager.getConnection(url)) {
            ExecutorService pool = Executors.newFixedThreadPool(sessions);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int i = 0; i < sessions; i++) {
                    String database = "db" + i;
                    results.add(pool.submit(() -> createAndList(url, database)));
                }
                for (int i = 0; i < sessions; i++) {
                    List<String> tables = results.get(i).get(60, TimeUnit.SECONDS);
                    assertThat(tables).as("tables of db" + i).hasSize(20).allMatch(name -> name.startsWith("t"));
                }
            } finally {
                pool.shutdownNow();
            }
            try (Statement statement = keeper.createStatement();
                    ResultSet databases = statement.executeQuery("SHOW DATABASES")) {
                int count = 0;
                while (databases.next()) {
                    count++;
                }
                assertThat(count).isEqualTo(sessions + 1);
            }
        }
    }

    private static List<String> createAndList(String url, String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            statement.execute("USE " + database);
            for (int i = 0; i < 20; i++) {
                statement.execute("CREATE TABLE t" + i + " (x INT) WITH ('connector' = 'datagen')");
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SHOW TABLES")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return tables;
        }
    }
}
