package org.rcpmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

/**
 * The format 1.1 test documents under the validator: the findings the principles of DOMAIN.md
 * require of what real sources say (one conflict per disagreement, none for agreement, counts and
 * groups are members, absence proves nothing unless the list is declared complete).
 */
class FormatOneOneFindingsTest {

  private static ValidationReport report(String name) {
    return RcpValidator.validate(FormatOneOneDocumentsTest.document(name));
  }

  private static List<String> withCode(String name, String code) {
    return report(name).withCode(code).stream().map(v -> v.severity() + " " + v.path()).toList();
  }

  @Test
  void noTestDocumentHoldsAnError() {
    for (String name : FormatOneOneDocumentsTest.DOCUMENTS) {
      assertThat(report(name).errors()).as(name).isEmpty();
    }
  }

  @Test
  void budapestsTwoFoundingYearsAreOneConflict() {
    assertThat(withCode("budapest-established", "fact.conflict"))
        .containsExactly("WARNING /processes/0/statements/1");
    assertThat(report("budapest-established").withCode("fact.conflict").get(0).message())
        .contains("1991", "1993");
  }

  @Test
  void processesWhoseMembersAreCountedOrGroupedAreNotWithoutMembers() {
    for (String name : List.of("bali-counts", "budapest-established", "igad-group", "khartoum-groups",
        "midsa-rotation", "puebla-other-names", "abu-dhabi-secretariat", "rabat-steering-committee")) {
      assertThat(withCode(name, "process.no-members")).as(name).isEmpty();
    }
  }

  @Test
  void baliCoChairsNotNamedAmongItsFortyFiveMemberStatesAreAdviceOnly() {
    assertThat(withCode("bali-counts", "chair.not-member"))
        .containsExactly("INFO /processes/0/chairs/0/chairs/0", "INFO /processes/0/chairs/0/chairs/1");
    assertThat(report("bali-counts").violations()).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void almatysTwoSecretariatAccountsAreOneConflict() {
    assertThat(withCode("almaty-secretariat", "fact.conflict")).containsExactly("WARNING /processes/0/secretariats/2");
    Violation conflict = report("almaty-secretariat").withCode("fact.conflict").get(0);
    assertThat(conflict.message()).contains("the secretariat (as of 2025-04-24)", "the support unit (as of 2025-04-24)",
        "/processes/0/secretariats/1");
  }

  @Test
  void aChairTermOfTheSupersededPageIsOutdatedNotDisputed() {
    assertThat(withCode("almaty-sources-over-time", "fact.conflict")).containsExactly("INFO /processes/0/chairs/1");
  }

  @Test
  void colombosUndatedChairSequenceHasNoOverlap() {
    assertThat(withCode("colombo-chair-sequence", "chair.overlap")).isEmpty();
    assertThat(withCode("colombo-chair-sequence", "fact.conflict")).isEmpty();
  }

  @Test
  void aHostThatMayBeOneOfTheUnnamedStakeholdersIsAdvice() {
    assertThat(withCode("rabat-steering-committee", "meeting.host-not-participant"))
        .containsExactly("INFO /processes/0/meetings/0/host");
  }

  @Test
  void theAbuDhabiSecretariatOverTimeAndItsTwoClassificationsGiveNoFinding() {
    assertThat(report("abu-dhabi-secretariat").violations()).isEmpty();
    assertThat(report("igad-group").violations()).isEmpty();
    assertThat(report("puebla-other-names").violations()).isEmpty();
  }
}
