package org.rcpmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConstructionTest {

  @Test
  void aMissingRequiredAttributeIsNamedInTheError() {
    assertThatThrownBy(() -> State.builder().code("KAZ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void aNullAttributeIsRejectedWithItsName() {
    assertThatThrownBy(() -> State.builder().code(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<String> sources = new ArrayList<>(List.of("a"));
    State state = State.builder().code("KAZ").name("Kazakhstan").addAllSources(sources).build();
    sources.add("b");

    assertThat(state.getSources()).containsExactly("a");
    assertThatThrownBy(() -> state.getSources().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aParticipantIsExactlyOneOfStateOrOrganization() {
    assertThatThrownBy(() -> ImmutableParticipant.builder().state("KAZ").organization("iom").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
    assertThatThrownBy(() -> ImmutableParticipant.builder().build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(Participant.state("KAZ").kind()).isEqualTo(ParticipantKind.STATE);
    assertThat(Participant.organization("iom").id()).isEqualTo("iom");
  }

  @Test
  void valuesAreEqualByValue() {
    assertThat(State.of("KAZ", "Kazakhstan")).isEqualTo(State.of("KAZ", "Kazakhstan"))
        .hasSameHashCodeAs(State.of("KAZ", "Kazakhstan"))
        .isNotEqualTo(State.of("KAZ", "Qazaqstan"));
    assertThat(State.of("KAZ", "Kazakhstan").toString()).contains("KAZ", "Kazakhstan");
  }

  @Test
  void stateCodesComeFromTheIsoList() {
    assertThat(StateCodes.isAssigned("KAZ")).isTrue();
    assertThat(StateCodes.isAssigned("TUR")).isTrue();
    assertThat(StateCodes.isAssigned("XYZ")).isFalse();
    assertThat(StateCodes.isAssigned("kaz")).isFalse();
    assertThat(StateCodes.assigned()).hasSizeGreaterThan(240);
    assertThat(StateCodes.isAssigned("KA")).isFalse();
    assertThat(StateCodes.isAssigned("KAZA")).isFalse();
    assertThat(StateCodes.isAssigned("K@Z")).isFalse();
  }

  @Test
  void theLetterTableAnswersAsTheIsoSetForEveryThreeLetterCode() {
    int assigned = 0;
    for (char a = 'A'; a <= 'Z'; a++) {
      for (char b = 'A'; b <= 'Z'; b++) {
        for (char c = 'A'; c <= 'Z'; c++) {
          String code = new String(new char[] {a, b, c});
          assertThat(StateCodes.isAssigned(code)).as(code).isEqualTo(StateCodes.assigned().contains(code));
          assigned += StateCodes.isAssigned(code) ? 1 : 0;
        }
      }
    }
    assertThat(assigned).isEqualTo(StateCodes.assigned().size());
  }

  @Test
  void figureScopesNestFromMembersOutwards() {
    assertThat(FigureScope.MEMBERS.isNarrowerThan(FigureScope.MEMBERS_OBSERVERS_AND_INVITED)).isTrue();
    assertThat(FigureScope.MEMBERS_OBSERVERS_AND_INVITED.isNarrowerThan(FigureScope.MEMBERS)).isFalse();
    assertThat(FigureScope.SUBJECT.isNarrowerThan(FigureScope.ALL_PARTICIPANTS)).isFalse();
    assertThat(FigureScope.MEMBERS.isNarrowerThan(FigureScope.MEMBERS)).isFalse();
  }
}
