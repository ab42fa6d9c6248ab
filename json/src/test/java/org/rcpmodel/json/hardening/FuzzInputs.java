package org.rcpmodel.json.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.ModelArbitraries;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.hardening.JsonText.Obj;

/** jqwik generators of hostile inputs: valid documents with a few {@link Mutation}s applied. */
final class FuzzInputs {

  private FuzzInputs() {}

  /** The Almaty document as the library writes it. */
  static final String ALMATY = RcpJson.strict().write(AlmatyFixture.document());

  /** Text a sender might put in a string: control characters, bidi and zero-width marks, emoji, lone surrogates. */
  static Arbitrary<String> strangeStrings() {
    Arbitrary<String> controlAndMarks = Arbitraries.strings()
        .withCharRange('\u0000', '\u001f')
        .withChars('\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d',
            '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff')
        .withCharRange('a', 'e')
        .ofMaxLength(24);
    Arbitrary<String> emoji = Arbitraries.of("\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "\ud83c\uddf0\ud83c\uddff", "\ud83d", "\ude00", "e\u0301", "\u0627\u0644\u0645\u0627\u062a\u064a", "KAZ\u200b")
        .list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<String> special = Arbitraries.of("", " ", "\u0000", "..", "/", "~0~1", "${1+1}", "#{1+1}",
        "{jakarta.validation.constraints.NotNull.message}", "{org.rcpmodel.field.required}", "%s%n%d", "\\",
        "null", "KAZ", "iom", "A".repeat(100_000), "A".repeat(100_001), "\u0130stanbul", "\u00df".repeat(300));
    return Arbitraries.frequencyOf(
        Tuple.of(3, controlAndMarks), Tuple.of(2, emoji), Tuple.of(2, anyChars), Tuple.of(2, special));
  }

  static Arbitrary<Mutation> mutations() {
    return Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.integers(),
            Arbitraries.integers().between(0, 10_000), strangeStrings())
        .as(Mutation::new);
  }

  /**
   * Valid documents as compact JSON: the Almaty Process, one of a pool of random documents, or (less
   * often, since generating one takes tens of milliseconds) a fresh random document.
   */
  static Arbitrary<String> validDocuments() {
    return Arbitraries.frequencyOf(
        Tuple.of(40, Arbitraries.just(ALMATY)),
        Tuple.of(58, Arbitraries.of(RandomPool.DOCUMENTS)),
        Tuple.of(2, ModelArbitraries.documents().map(d -> RcpJson.strict().write(d))));
  }

  /** Random documents generated once per test run. */
  private static final class RandomPool {
    static final List<String> DOCUMENTS = ModelArbitraries.documents().sampleStream().limit(30)
        .map(d -> RcpJson.strict().write(d)).toList();
  }

  static Arbitrary<FuzzCase> cases() {
    return Combinators.combine(validDocuments(), mutations().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(-1)),
                Tuple.of(1, Arbitraries.integers().between(0, 1_000_000))),
            Arbitraries.integers().between(0, 4))
        .as(FuzzCase::new);
  }

  /** A valid document, the mutations applied to it, and an optional invalid byte sequence at a position. */
  record FuzzCase(String base, List<Mutation> mutations, int badBytesAt, int badBytesKind) {

    private static final byte[][] BAD_BYTES = {
        {(byte) 0xff}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    /** The mutated JSON text. */
    String text() {
      Obj root = (Obj) JsonText.parse(base);
      for (Mutation m : mutations) {
        m.applyToTree(root);
      }
      String text = root.toString();
      for (Mutation m : mutations) {
        text = m.applyToText(text);
      }
      return text;
    }

    /** The mutated text as UTF-8, with invalid bytes inserted when {@code badBytesAt} is not negative. */
    byte[] bytes(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (badBytesAt < 0) {
        return utf8;
      }
      int at = Math.floorMod(badBytesAt, utf8.length + 1);
      byte[] bad = BAD_BYTES[badBytesKind];
      byte[] out = new byte[utf8.length + bad.length];
      System.arraycopy(utf8, 0, out, 0, at);
      System.arraycopy(bad, 0, out, at, bad.length);
      System.arraycopy(utf8, at, out, at + bad.length, utf8.length - at);
      return out;
    }

    @Override
    public String toString() {
      String text = text();
      return "FuzzCase[mutations=" + mutations + ", badBytesAt=" + badBytesAt + ", badBytesKind=" + badBytesKind
          + ", text(" + text.length() + ")=" + JsonText.quote(text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text)
          + "]";
    }
  }
}
