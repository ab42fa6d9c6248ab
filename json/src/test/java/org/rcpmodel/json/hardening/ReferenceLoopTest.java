package org.rcpmodel.json.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.RuleCatalogue;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

/** Long parent chains and parent loops, read and validated: a violation, never a stack overflow. */
class ReferenceLoopTest {

  private static final int LENGTH = RcpJson.DEFAULT_MAX_ARRAY_LENGTH;

  /** Organizations o0 to o99999, each the parent of the one before; the last one's parent is o0 when looping. */
  private static String chain(boolean loop) {
    StringBuilder sb = new StringBuilder("{\"schemaVersion\":\"1.0\",\"organizations\":[");
    for (int i = 0; i < LENGTH; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":\"o").append(i).append("\",\"name\":\"O\"");
      if (i + 1 < LENGTH || loop) {
        sb.append(",\"parent\":\"o").append((i + 1) % LENGTH).append('"');
      }
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  private static ValidationReport readAndValidate(String json) {
    Document document = RcpJson.strict().read(json).document();
    return Outcomes.within(Outcomes.HANG, () -> RcpValidator.validate(document));
  }

  @Test
  void aParentLoopOfAHundredThousandOrganizationsIsOneCycleViolation() {
    ValidationReport report = readAndValidate(chain(true));
    assertThat(report.withCode(RuleCatalogue.REF_CYCLE)).singleElement()
        .extracting(Violation::path).isEqualTo("/organizations/0/parent");
  }

  @Test
  void aParentChainOfAHundredThousandOrganizationsIsNoCycle() {
    assertThat(readAndValidate(chain(false)).withCode(RuleCatalogue.REF_CYCLE)).isEmpty();
  }

  @Test
  void anOrganizationThatIsItsOwnParentIsACycle() {
    ValidationReport report = readAndValidate(
        "{\"schemaVersion\":\"1.0\",\"organizations\":[{\"id\":\"a\",\"name\":\"A\",\"parent\":\"a\"}]}");
    assertThat(report.withCode(RuleCatalogue.REF_CYCLE)).singleElement()
        .extracting(Violation::path).isEqualTo("/organizations/0/parent");
  }
}
