package org.rcpmodel.json.hardening;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.ReadResult;

/**
 * Reads every {@link AdversarialInputs} document from a stream, strictly and leniently, and prints
 * one line per read: input, mode, outcome (the error code, or {@code document} and the warning count),
 * JSON Pointer, milliseconds, bytes taken from the stream, the peak heap in MiB and, after a bar,
 * the error message. Run in a JVM
 * with a small heap by {@link SmallHeapReadingTest}; exits 1 if any read ends otherwise than with a
 * document or an {@link RcpJsonException}.
 */
public final class AdversarialReadMain {

  private AdversarialReadMain() {}

  public static void main(String[] args) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    boolean allTyped = true;
    for (AdversarialInputs input : AdversarialInputs.values()) {
      for (RcpJson json : List.of(RcpJson.strict(), RcpJson.lenient())) {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AdversarialInputs.CountingStream in = input.open();
        long start = System.nanoTime();
        String outcome;
        String message = "";
        try {
          ReadResult result = json.read(in, input.name());
          outcome = "document warnings=" + result.warnings().size() + " pointer=-";
        } catch (RcpJsonException e) {
          outcome = e.getCode() + " pointer=" + e.getPointer();
          message = e.getMessage();
        } catch (Throwable t) {
          outcome = "UNEXPECTED " + t;
          allTyped = false;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%s %s %s ms=%d bytes=%d peakHeapMiB=%d | %s%n", input,
            json.isLenient() ? "lenient" : "strict", outcome, millis, in.consumed(), peak / (1024 * 1024), message);
      }
    }
    System.exit(allTyped ? 0 : 1);
  }
}
