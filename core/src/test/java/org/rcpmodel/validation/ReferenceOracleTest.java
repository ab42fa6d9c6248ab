package org.rcpmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.time.Answer;

/**
 * The engine's findings equal those of the naive {@link ReferenceValidator} exactly, as multisets of
 * (code, severity, JSON Pointer), for every code the reference covers, on documents from
 * {@link CatalogueDocuments}; and the generator makes each of those rules fire often enough for
 * the property to test it.
 */
class ReferenceOracleTest {

  /**
   * How many documents the property generates: 1,500 by default, more with
   * {@code -Drcp.oracle.examples=N} (the long run: {@code mvn -B -pl core -am test
   * -Dtest=ReferenceOracleTest -Dsurefire.failIfNoSpecifiedTests=false -Drcp.oracle.examples=20000}).
   */
  private static final int EXAMPLES = Integer.getInteger("rcp.oracle.examples", 1500);

  /** The engine's findings of the covered codes, sorted: a multiset. */
  static List<String> engine(Document doc) {
    List<String> out = new ArrayList<>();
    for (Violation v : RcpValidator.validate(doc, Locale.ENGLISH, Integer.MAX_VALUE).violations()) {
      if (ReferenceValidator.covers(v.code(), v.path())) {
        out.add(v.code() + " " + v.severity() + " " + v.path());
      }
    }
    Collections.sort(out);
    return out;
  }

  static List<String> reference(Document doc) {
    List<String> out = new ArrayList<>(ReferenceValidator.findings(doc));
    Collections.sort(out);
    return out;
  }

  @Test
  void theEngineFindsExactlyWhatTheNaiveReferenceFindsForEveryCoveredRule() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Document doc = CatalogueDocuments.of(seed);
      assertThat(engine(doc)).as("seed %d", seed).isEqualTo(reference(doc));
    });
  }

  @Test
  void theChairAndParticipationOraclesHoldOnTheseDocumentsToo() {
    // Chair sets of three or more terms, chains of restatements, ordinals, superseded sources,
    // qualified and unspecified dates: shapes the other oracles' own generators do not make.
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      Document doc = CatalogueDocuments.of(seed);
      assertThat(ChairOracleTest.engine(doc)).as("chairs, seed %d", seed).isEqualTo(ChairOracleTest.reference(doc));
      assertThat(ParticipationOracleTest.engine(doc)).as("participations, seed %d", seed)
          .isEqualTo(ParticipationOracleTest.reference(doc));
    });
  }

  /**
   * How many of the first {@code n} documents get at least one finding of each covered code, of each
   * code and severity, and of each code at each kind of place (the pointer without its indexes:
   * {@code fact.conflict @/processes/chairs}); and how many have the inputs of a few shapes the
   * rules treat specially.
   */
  static Map<String, Integer> hitCounts(int n) {
    Map<String, Integer> documents = new TreeMap<>();
    for (long seed = 0; seed < n; seed++) {
      Document doc = CatalogueDocuments.of(seed);
      Set<String> seen = new HashSet<>();
      for (String finding : ReferenceValidator.findings(doc)) {
        String[] parts = finding.split(" ");
        seen.add(parts[0]);
        seen.add(parts[0] + " " + parts[1]);
        seen.add(parts[0] + " @" + parts[2].replaceAll("/[0-9]+", ""));
      }
      for (String finding : ChairOracleTest.reference(doc)) {
        String[] parts = finding.split(" ");
        seen.add("chair oracle: " + parts[0] + " " + parts[1]);
      }
      for (ConsultativeProcess process : doc.getProcesses()) {
        if (process.getStatements().stream().anyMatch(st -> st.getDate().isPresent())
            && process.getEstablished().isPresent()) {
          seen.add("input: several establishment readings");
        }
        List<Chairmanship> chairs = process.getChairs();
        for (int a = 0; a < chairs.size(); a++) {
          for (int b = a + 1; b < chairs.size(); b++) {
            if (chairs.get(a).getOrdinal().isPresent() && chairs.get(b).getOrdinal().isPresent()
                && !chairs.get(a).getOrdinal().equals(chairs.get(b).getOrdinal())
                && chairs.get(a).getPeriod().overlaps(chairs.get(b).getPeriod()) != Answer.NO) {
              seen.add("input: terms of different ordinals that may overlap");
            }
            if (Set.copyOf(chairs.get(a).getChairs()).equals(Set.copyOf(chairs.get(b).getChairs()))) {
              seen.add("input: a chair set with two or more terms");
            }
          }
        }
      }
      for (String key : seen) {
        documents.merge(key, 1, Integer::sum);
      }
    }
    return documents;
  }

  @Test
  void everyCoveredRuleFiresInAtLeastTwoPercentOfTheGeneratedDocuments() {
    // The property above would pass vacuously for a rule the generator never triggers.
    int n = 1500;
    Map<String, Integer> hits = hitCounts(n);
    StringBuilder table = new StringBuilder();
    hits.forEach((key, count) -> table.append(String.format("%-70s %5.1f %%%n", key, 100.0 * count / n)));
    System.out.println("ReferenceOracleTest hit rates over " + n + " documents:\n" + table);
    List<String> required = new ArrayList<>(ReferenceValidator.CODES);
    required.addAll(List.of(RuleCatalogue.FACT_CONFLICT + " @/processes/chairs",
        RuleCatalogue.FACT_CONFLICT + " @/processes/secretariats", RuleCatalogue.FACT_CONFLICT + " @/processes/statements",
        RuleCatalogue.FACT_CONFLICT + " @/processes/figures",
        RuleCatalogue.REF_UNRESOLVED + " @/processes/declarations/meeting",
        RuleCatalogue.DATE_BEFORE_ESTABLISHMENT + " @/processes/chairs/period",
        RuleCatalogue.DATE_BEFORE_ESTABLISHMENT + " @/processes/participations/asOf",
        RuleCatalogue.DATE_BEFORE_ESTABLISHMENT + " WARNING", RuleCatalogue.DECLARATION_OUTSIDE_MEETING + " INFO",
        RuleCatalogue.MEETING_ORDINAL_ORDER + " WARNING", RuleCatalogue.FIGURE_SCOPE_INCONSISTENT + " INFO",
        RuleCatalogue.FACT_CONFLICT + " INFO", "input: several establishment readings",
        "input: terms of different ordinals that may overlap", "input: a chair set with two or more terms",
        "chair oracle: chair.overlap ERROR", "chair oracle: chair.overlap WARNING", "chair oracle: chair.overlap INFO",
        "chair oracle: chair.gap WARNING", "chair oracle: chair.gap INFO"));
    for (String key : required) {
      assertThat(hits.getOrDefault(key, 0)).as("%s in %s documents of %d", key, hits.get(key), n)
          .isGreaterThanOrEqualTo(n / 50);
    }
  }
}
