package org.rcpmodel.json.hardening;

import static org.rcpmodel.Gens.anyChars;
import static org.rcpmodel.Gens.anyInts;
import static org.rcpmodel.Gens.enums;
import static org.rcpmodel.Gens.frequency;
import static org.rcpmodel.Gens.ints;
import static org.rcpmodel.Gens.lists;
import static org.rcpmodel.Gens.pick;
import static org.rcpmodel.Gens.range;
import static org.rcpmodel.Gens.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.rcpmodel.AlmatyFixture;
import org.rcpmodel.Gens;
import org.rcpmodel.ModelArbitraries;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.hardening.JsonText.Obj;

/** QuickTheories generators of hostile inputs: valid documents with a few {@link Mutation}s applied. */
final class FuzzInputs {

  private FuzzInputs() {}

  /** The Almaty document as the library writes it. */
  static final String ALMATY = RcpJson.strict().write(AlmatyFixture.document());

  /** Text a sender might put in a string: control characters, bidi and zero-width marks, emoji, lone surrogates. */
  static Gen<String> strangeStrings() {
    Gen<String> controlAndMarks = strings(range('\u0000', '\u001f')
        + "\u007f\u0085\u00a0\u200b\u200e\u200f\u202a\u202b\u202c\u202d"
        + "\u202e\u2066\u2067\u2068\u2069\u2028\u2029\ufeff\ufffd\uffff"
        + range('a', 'e'), 0, 24);
    Gen<String> emoji = lists(pick("\ud83d\ude00", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "\ud83c\uddf0\ud83c\uddff", "\ud83d", "\ude00", "e\u0301", "\u0627\u0644\u0645\u0627\u062a\u064a", "KAZ\u200b"),
        1, 6).map(parts -> String.join("", parts));
    Gen<String> anyChars = strings(anyChars(), 0, 30);
    Gen<String> special = pick("", " ", "\u0000", "..", "/", "~0~1", "${1+1}", "#{1+1}",
        "{jakarta.validation.constraints.NotNull.message}", "{org.rcpmodel.field.required}", "%s%n%d", "\\",
        "null", "KAZ", "iom", "A".repeat(100_000), "A".repeat(100_001), "\u0130stanbul", "\u00df".repeat(300));
    return frequency(Pair.of(3, controlAndMarks), Pair.of(2, emoji), Pair.of(2, anyChars), Pair.of(2, special));
  }

  static Gen<Mutation> mutations() {
    // Targets from the whole int range, with 0, 1, -1 and both extremes mixed in.
    return enums(Mutation.Kind.class).zip(anyInts(), ints(0, 10_000), strangeStrings(), Mutation::new);
  }

  /**
   * Valid documents as compact JSON: the Almaty Process, one of a pool of random documents, or (less
   * often, since generating one takes tens of milliseconds) a fresh random document.
   *
   * @param seed the run's seed, from which the pool is drawn (so that the run's seed repeats it)
   */
  static Gen<String> validDocuments(long seed) {
    return frequency(
        Pair.of(40, pick(ALMATY)),
        Pair.of(58, pick(randomPool(seed))),
        Pair.of(2, ModelArbitraries.documents().map(d -> RcpJson.strict().write(d))));
  }

  /** 30 random documents, generated once per test run from its seed. */
  private static List<String> randomPool(long seed) {
    return Gens.sample(ModelArbitraries.documents(), 30, seed).stream().map(d -> RcpJson.strict().write(d)).toList();
  }

  /** Fuzz cases for a run with the given seed (see {@link #validDocuments}). */
  static Gen<FuzzCase> cases(long seed) {
    return validDocuments(seed).zip(lists(mutations(), 1, 4),
        frequency(Pair.of(4, pick(-1)), Pair.of(1, ints(0, 1_000_000))), ints(0, 4), FuzzCase::new);
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
