package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;

/**
 * One input gives one outcome, whatever the reader read before: a reader that has just read a large
 * document fails on a truncated long property name with the same code and place as a fresh reader.
 * (With Jackson's recycled buffers the name limit was checked at a size an earlier read had left,
 * so the same input failed as {@code json.limit} or as {@code json.malformed}.)
 */
class ReadHistoryTest {

  private static String largeDocument() {
    StringBuilder big = new StringBuilder("{\"schemaVersion\":\"1.0\",\"sources\":[{\"id\":\"s\",\"title\":\"");
    big.append("y".repeat(90_000));
    return big.append("\"}]}").toString();
  }

  private static String outcome(RcpJson reader, String text, boolean asBytes) {
    try {
      if (asBytes) {
        reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      } else {
        reader.read(text);
      }
      return "document";
    } catch (RcpJsonException e) {
      return e.getCode() + " " + e.getMessage();
    }
  }

  @Test
  void aTruncatedLongNameFailsTheSameWayAfterALargeRead() {
    for (boolean asBytes : new boolean[] {false, true}) {
      for (int length : new int[] {300, 8_000, 32_767, 40_000, 70_000}) {
        String truncated = "{\"" + "x".repeat(length);
        RcpJson used = RcpJson.builder().build();
        outcome(used, largeDocument(), asBytes);
        String afterLargeRead = outcome(used, truncated, asBytes);
        String fresh = outcome(RcpJson.builder().build(), truncated, asBytes);
        assertThat(afterLargeRead).as("length %d, bytes %s", length, asBytes).isEqualTo(fresh);
        assertThat(fresh).startsWith(length <= 256 ? "json.malformed" : "json.");
      }
    }
  }
}
