package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Gens;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadResult;
import org.rcpmodel.validation.RcpValidator;

/** One reader and the validator, shared by 8 threads, give exactly the results of a serial run. */
class ConcurrencyTest {

  private static final int DOCUMENTS = 1_000;
  private static final int THREADS = 8;

  private final RcpJson reader = RcpJson.lenient();

  /** The outcome of reading and validating one input, as text: document, warnings and report, or the error. */
  private String readAndValidate(String json) {
    try {
      ReadResult result = reader.read(json);
      return reader.write(result.document()) + "\n" + result.warnings() + "\n"
          + RcpValidator.validate(result.document(), Locale.ENGLISH).violations();
    } catch (RcpJsonException e) {
      return e.getMessage();
    }
  }

  @Test
  void eightThreadsSharingOneReaderAndTheValidatorGetTheSerialResults() throws Exception {
    long seed = Gens.seed();
    List<String> inputs = Gens.sample(FuzzInputs.cases(seed), DOCUMENTS, seed).stream()
        .map(FuzzInputs.FuzzCase::text).toList();
    List<String> serial = inputs.stream().map(this::readAndValidate).toList();
    assertThat(serial).anyMatch(s -> s.contains("\n")).anyMatch(s -> !s.contains("\n"));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (String input : inputs) {
        futures.add(pool.submit(() -> {
          start.await();
          return readAndValidate(input);
        }));
      }
      start.countDown();
      List<String> parallel = new ArrayList<>();
      for (Future<String> f : futures) {
        parallel.add(f.get(2, TimeUnit.MINUTES));
      }
      assertThat(parallel).as("inputs drawn with -DQT_SEED=%d", seed).isEqualTo(serial);
    } finally {
      pool.shutdownNow();
    }
  }
}
