package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.ReadWarning;

/** A lenient read lists a bounded number of warnings, however many unknown properties it skips. */
class WarningBoundTest {

  private static String unknownProperties(int count) {
    StringBuilder sb = new StringBuilder("{\"schemaVersion\": \"1.0\"");
    for (int i = 0; i < count; i++) {
      sb.append(", \"x\": ").append(i);
    }
    return sb.append(", \"title\": \"T\"}").toString();
  }

  @Test
  void aLenientReadListsTheFirstHundredUnknownPropertiesAndCountsTheRest() {
    List<ReadWarning> warnings = RcpJson.lenient().read(unknownProperties(100_000)).warnings();
    assertThat(warnings).hasSize(RcpJson.MAX_WARNINGS + 1);
    assertThat(warnings.get(0).pointer()).isEqualTo("/x");
    ReadWarning last = warnings.get(RcpJson.MAX_WARNINGS);
    assertThat(last.code()).isEqualTo(Codes.FIELD_UNKNOWN);
    assertThat(last.message()).isEqualTo("Skipped 99900 more unknown properties; only the first 100 are listed");
  }

  @Test
  void aLenientReadWithinTheBoundListsEveryUnknownPropertyAndNoCount() {
    List<ReadWarning> warnings = RcpJson.lenient().read(unknownProperties(RcpJson.MAX_WARNINGS)).warnings();
    assertThat(warnings).hasSize(RcpJson.MAX_WARNINGS).allSatisfy(w -> assertThat(w.pointer()).isEqualTo("/x"));
  }
}
