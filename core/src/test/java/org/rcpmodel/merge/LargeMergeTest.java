package org.rcpmodel.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.diff.DocumentDiff;

/**
 * Hang guards, not timings: merging and diffing documents of tens of thousands of records finishes
 * (records are compared with those of their own id or participant, not with every record of their kind).
 */
class LargeMergeTest {

  static Document large(String source, int n) {
    ConsultativeProcess.Builder process = ConsultativeProcess.builder().id("big").name("Big Process").kind(ProcessKind.IRF);
    Document.Builder doc = Document.builder().addSources(Source.builder().id(source).title("Page " + source).build());
    for (int i = 0; i < n; i++) {
      doc.addOrganizations(Organization.builder().id("org-" + i).name("Organization " + i).addSources(source).build());
      process.addParticipations(Participation.builder().participant(Participant.organization("org-" + i)).role(Role.PARTNER)
          .addSources(source).build());
    }
    return doc.addProcesses(process.build()).build();
  }

  @Test
  @Timeout(120)
  void fortyThousandOrganizationsAndParticipationsMergeAndDiff() {
    Document a = large("a", 40_000);
    Document b = large("b", 40_000);

    MergeResult merged = DocumentMerge.merge(List.of(a, b));

    assertThat(merged.document().getOrganizations()).hasSize(40_000);
    assertThat(merged.withOutcome(MergeOutcome.MERGED)).hasSize(80_001);
    // b's source added, and b cited by every organization and participation
    assertThat(DocumentDiff.between(a, merged.document()).changes()).hasSize(80_001);
  }
}
