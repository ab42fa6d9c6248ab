package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.rcpmodel.Document;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadResult;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.ValidationReport;

/**
 * The allowed outcomes of reading and validating hostile input, as comparable text: a document
 * (written back) with its warnings and its validation report, or an {@link RcpJsonException} with a known code and a well-formed JSON Pointer.
 * Anything else fails the calling test.
 */
final class Outcomes {

  static final Set<String> CODES = Set.of(Codes.MALFORMED, Codes.DUPLICATE_KEY, Codes.LIMIT, Codes.FIELD_REQUIRED,
      Codes.FIELD_INVALID, Codes.FIELD_UNKNOWN, Codes.DATE_INVALID, Codes.IO);

  /** Generous: a read of a fuzz case takes milliseconds; only a hang comes near this. */
  static final Duration HANG = Duration.ofSeconds(20);

  private static final ExecutorService GUARD = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fuzz-guard");
    t.setDaemon(true);
    return t;
  });

  private Outcomes() {}

  /**
   * Runs a read, then validation of the document read, under the hang guard and describes the outcome.
   *
   * @return {@code "document <the document written back> warnings <the warnings> report <the violations>"}
   *     or {@code "error <the exception's message>"}
   */
  static String of(Supplier<ReadResult> read) {
    try {
      ReadResult result = within(HANG, read::get);
      assertThat(result.document()).isNotNull();
      ValidationReport report = within(HANG, () -> RcpValidator.validate(result.document(), Locale.ENGLISH));
      return "document " + RcpJson.strict().write(result.document()) + " warnings " + result.warnings()
          + " report " + report.violations();
    } catch (RcpJsonException e) {
      checkTyped(e);
      return "error " + e.getMessage();
    }
  }

  /**
   * Checks that a document read from hostile input can be written, as text and as UTF-8 bytes, and
   * read back equal (a lone surrogate is written raw to text and as an escape to bytes, so the two
   * texts may differ, but not the documents).
   */
  static void checkWritesBack(Document document) {
    String written = RcpJson.strict().write(document);
    assertThat(RcpJson.strict().read(written).document()).isEqualTo(document);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RcpJson.strict().write(document, RcpJson.Layout.PRETTY, bytes);
    assertThat(RcpJson.strict().read(new ByteArrayInputStream(bytes.toByteArray())).document()).isEqualTo(document);
  }

  /** Checks what every reading error promises: a known code, a pointer, a location, a one-line message. */
  static void checkTyped(RcpJsonException e) {
    assertThat(e.getCode()).isIn(CODES);
    assertThat(e.getPointer()).satisfiesAnyOf(
        p -> assertThat(p).isEmpty(),
        p -> assertThat(p).startsWith("/").doesNotContainPattern("~[^01]|~$"));
    assertThat(e.getLine()).isNotNegative();
    assertThat(e.getColumn()).isNotNegative();
    assertThat(e.getDetail()).isNotBlank();
    assertThat(e.getMessage()).contains("[" + e.getCode() + " at '").endsWith("']")
        .doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
  }

  /** Runs an action, failing the test if it takes longer than {@code limit} (a hang). */
  static <T> T within(Duration limit, java.util.concurrent.Callable<T> action) {
    Future<T> future = GUARD.submit(action);
    try {
      return future.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return fail("No outcome within " + limit + ": the read hangs");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      return fail("unexpected checked exception", cause);
    }
  }
}
