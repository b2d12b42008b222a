package io.eddy.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that decides which option values are secret. SHOW CREATE TABLE, EXPLAIN, error
 * messages and logs show a secret's value as {@value #MASK}. A key is secret when it contains,
 * ignoring case, one of the fragments Flink treats as sensitive (password, secret, token,
 * jaas.config, ...), so {@code properties.sasl.jaas.config}, {@code properties.ssl.key.password}
 * and {@code aws.credentials.basic.secretkey} are all covered.
 */
public final class SecretOptions {

  /** What a secret value is replaced with. */
  public static final String MASK = "******";

  private static final List<String> FRAGMENTS = List.of("password", "secret", "token",
      "jaas.config", "apikey", "api-key", "api.key", "auth-params", "service-key", "basic-auth",
      "private-key", "privatekey", "account.key", "http-headers");

  private SecretOptions() {}

  /** Whether the value of option {@code key} must never be shown. */
  public static boolean isSecret(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (String fragment : FRAGMENTS) {
      if (lower.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  /** {@code value}, or the mask if {@code key} is secret. */
  public static String mask(String key, String value) {
    return isSecret(key) ? MASK : value;
  }

  /** A copy of {@code options} (same order) with secret values masked. */
  public static Map<String, String> maskAll(Map<String, String> options) {
    Map<String, String> masked = new LinkedHashMap<>();
    options.forEach((key, value) -> masked.put(key, mask(key, value)));
    return masked;
  }
}
