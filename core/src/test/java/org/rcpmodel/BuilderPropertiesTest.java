package org.rcpmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class BuilderPropertiesTest {

  @Test
  void aDocumentBuiltFromAnInstanceEqualsIt() {
    qt().withExamples(200).forAll(ModelArbitraries.documents())
        .checkAssert(this::aDocumentBuiltFromAnInstanceEqualsIt);
  }

  private void aDocumentBuiltFromAnInstanceEqualsIt(Document document) {
    Document copy = Document.builder().from(document).build();

    assertThat(copy).isEqualTo(document).hasSameHashCodeAs(document);
    assertThat(copy.toString()).isEqualTo(document.toString());
  }

  @Test
  void everyProcessBuiltFromAnInstanceEqualsIt() {
    qt().withExamples(200).forAll(ModelArbitraries.documents())
        .checkAssert(this::everyProcessBuiltFromAnInstanceEqualsIt);
  }

  private void everyProcessBuiltFromAnInstanceEqualsIt(Document document) {
    for (ConsultativeProcess process : document.getProcesses()) {
      assertThat(ConsultativeProcess.builder().from(process).build()).isEqualTo(process);
      for (Participation p : process.getParticipations()) {
        assertThat(Participation.builder().from(p).build()).isEqualTo(p);
      }
      for (Chairmanship c : process.getChairs()) {
        assertThat(Chairmanship.builder().from(c).build()).isEqualTo(c);
      }
      for (Meeting m : process.getMeetings()) {
        assertThat(Meeting.builder().from(m).build()).isEqualTo(m);
      }
      for (Declaration d : process.getDeclarations()) {
        assertThat(Declaration.builder().from(d).build()).isEqualTo(d);
      }
      for (MigrationFigure f : process.getFigures()) {
        assertThat(MigrationFigure.builder().from(f).build()).isEqualTo(f);
      }
    }
    for (Organization o : document.getOrganizations()) {
      assertThat(Organization.builder().from(o).build()).isEqualTo(o);
    }
    for (State s : document.getStates()) {
      assertThat(State.builder().from(s).build()).isEqualTo(s);
    }
  }

  @Test
  void aChangedAttributeMakesADifferentValue() {
    qt().withExamples(100).forAll(ModelArbitraries.documents())
        .checkAssert(this::aChangedAttributeMakesADifferentValue);
  }

  private void aChangedAttributeMakesADifferentValue(Document document) {
    Document changed = Document.builder().from(document).title("a title no generator makes §").build();

    assertThat(changed).isNotEqualTo(document);
  }
}
