package org.rcpmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.diff.Change;
import org.rcpmodel.diff.DocumentDiff;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.time.PartialDate;

/**
 * Example: compare two snapshots of a document. The bundled Almaty dataset (as of April 2025) is
 * compared with a copy that a data keeper might make later (a made-up snapshot, for the example):
 * Kazakhstan's incoming term is now current, and the Organization of Turkic States, whose observer
 * status was submitted for consideration in 2023, is recorded as an observer.
 *
 * <p>Run: {@code java -cp examples/target/rcp.jar org.rcpmodel.examples.WhatChanged}
 */
public final class WhatChanged {

  private WhatChanged() {}

  /**
   * Prints each change: its kind, the record, the JSON Pointers before and after, and the values.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Document before = bundled();
    ConsultativeProcess almaty = before.getProcesses().get(0);
    List<Chairmanship> chairs = new ArrayList<>();
    for (Chairmanship c : almaty.getChairs()) {
      chairs.add(c.getStatus().equals(java.util.Optional.of(ChairStatus.INCOMING))
          ? Chairmanship.builder().from(c).status(ChairStatus.CURRENT).build() : c);
    }
    Document after = Document.builder().from(before).asOf(PartialDate.parse("2026-01"))
        .addOrganizations(Organization.builder().id("ots").name("Organization of Turkic States").acronym("OTS")
            .addSources("ots-2023").build())
        .processes(List.of(ConsultativeProcess.builder().from(almaty).chairs(chairs)
            .addParticipations(Participation.builder().participant(Participant.organization("ots")).role(Role.OBSERVER)
                .asOf(PartialDate.parse("2026-01")).addSources("ots-2023").build())
            .build()))
        .build();

    DocumentDiff diff = DocumentDiff.between(before, after);

    for (Change c : diff.changes()) {
      System.out.println(c.kind().code() + " " + c.record().code() + " " + c.subject()
          + " | before " + c.beforePointer().orElse("-") + " " + c.before().orElse("")
          + " | after " + c.afterPointer().orElse("-") + " " + c.after().orElse(""));
    }
  }

  private static Document bundled() {
    try (InputStream in = WhatChanged.class.getResourceAsStream("/org/rcpmodel/examples/almaty-process.json")) {
      return RcpJson.strict().read(in, "almaty-process.json").document();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
