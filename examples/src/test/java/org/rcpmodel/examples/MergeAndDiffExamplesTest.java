package org.rcpmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The merge and diff example programs print what their Javadoc promises. */
class MergeAndDiffExamplesTest {

  private static String run(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mergeTwoSourcesJoinsTheAgreeingTermAndShowsTheTwoConflicts() {
    String text = run(() -> MergeTwoSources.main(new String[0]));

    assertThat(text).contains("chair KAZ 2013-06/2016-11 cited by [iom, unhcr]")
        .contains("chair KGZ 2016-10/2018-09 cited by [iom]", "chair KGZ 2016-11/2018-11 cited by [unhcr]")
        .contains("fact.conflict at /processes/0/chairs/2", "fact.conflict at /processes/0/participations/3");
    assertThat(text.lines().filter(l -> l.startsWith("fact.conflict"))).hasSize(2);
  }

  @Test
  void whatChangedListsTheFourChangesOfTheAdvancedSnapshot() {
    String text = run(() -> WhatChanged.main(new String[0]));

    assertThat(text.lines()).hasSize(4);
    assertThat(text).contains("value-changed document document | before /asOf 2025-04-24 | after /asOf 2026-01")
        .contains("added organization organization ots")
        .contains("joined participation Organization ots as OBSERVER")
        .contains("status-changed chair-term chair term of KAZ 2025-04/ in almaty-process | before /processes/0/chairs/11/status INCOMING | after /processes/0/chairs/11/status CURRENT");
  }
}
