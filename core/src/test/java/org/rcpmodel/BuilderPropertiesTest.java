package org.rcpmodel;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BuilderPropertiesTest {

  @Provide
  Arbitrary<Document> documents() {
    return ModelArbitraries.documents();
  }

  @Property(tries = 200)
  void aDocumentBuiltFromAnInstanceEqualsIt(@ForAll("documents") Document document) {
    Document copy = Document.builder().from(document).build();

    assertThat(copy).isEqualTo(document).hasSameHashCodeAs(document);
    assertThat(copy.toString()).isEqualTo(document.toString());
  }

  @Property(tries = 200)
  void everyProcessBuiltFromAnInstanceEqualsIt(@ForAll("documents") Document document) {
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

  @Property(tries = 100)
  void aChangedAttributeMakesADifferentValue(@ForAll("documents") Document document) {
    Document changed = Document.builder().from(document).title("a title no generator makes §").build();

    assertThat(changed).isNotEqualTo(document);
  }
}
