package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Gens;
import org.rcpmodel.Source;

/**
 * The walk's memory of accepted ids gives, for any sequence of texts (the same instances cited again,
 * equal texts in new instances, slots shared by many texts), exactly the verdicts of the id pattern.
 */
class AcceptedIdsTest {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** The id constraint of {@code Source.getId()} and another of its constraints, as the walk holds them. */
  private static FieldConstraint constraint(String property, boolean idForm) {
    return FieldTable.of(Source.class).properties.stream().filter(p -> p.name.equals(property))
        .flatMap(p -> Stream.of(p.valueConstraints)).filter(c -> c.idForm == idForm).findFirst().orElseThrow();
  }

  @Test
  void theModelsIdConstraintsAreTheOnesRemembered() {
    assertThat(constraint("id", true).idForm).isTrue();
    assertThat(constraint("title", false).idForm).isFalse();
  }

  @Test
  void rememberedVerdictsAreThoseOfTheIdPattern() {
    FieldConstraint id = constraint("id", true);
    qt().withExamples(1000)
        .forAll(Gens.lists(Gens.strings("ab1.-_ /Ы", 0, 4), 1, 12), Gens.lists(Gens.ints(0, 1_000), 1, 60),
            Gens.pick(1, 2, 4, 256))
        .checkAssert((pool, picks, slots) -> {
          // Instances of the pool, cited again and again, and sometimes an equal text in a new instance.
          List<String> texts = new ArrayList<>();
          for (int pick : picks) {
            String text = pool.get(pick % pool.size());
            texts.add(pick % 7 == 0 ? new String(text.toCharArray()) : text);
          }
          AcceptedIds memory = new AcceptedIds(slots);
          for (String text : texts) {
            assertThat(memory.accepts(id, text)).as("'%s' with %d slots", text, slots)
                .isEqualTo(ID.matcher(text).matches());
          }
        });
  }

  @Test
  void otherConstraintsAndValuesGetTheConstraintsOwnVerdict() {
    FieldConstraint title = constraint("title", false);
    FieldConstraint id = constraint("id", true);
    AcceptedIds memory = new AcceptedIds();
    for (String text : new String[] {"", " ", "x", "a b"}) {
      assertThat(memory.accepts(title, text)).as("'%s'", text).isEqualTo(title.accepts(text));
    }
    assertThat(memory.accepts(id, null)).isTrue();
    assertThat(memory.accepts(id, new StringBuilder("bad id"))).isFalse();
    assertThat(memory.accepts(id, new StringBuilder("ok-id"))).isTrue();
  }

  @Test
  void aMemoryHasAPowerOfTwoSlots() {
    assertThatThrownBy(() -> new AcceptedIds(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3");
    assertThatThrownBy(() -> new AcceptedIds(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
