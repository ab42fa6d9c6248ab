package org.rcpmodel.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * The baseline a user would otherwise write: plain Java records of the same shape as the JSON document
 * format, with dates and periods kept as strings, enums as strings and nothing checked. The benchmarks
 * read the same bytes into these records with a default Jackson 3 {@code JsonMapper}.
 *
 * <p>Records are immutable only shallowly (Jackson hands them mutable lists); that is what the
 * baseline costs and what it is compared with.
 */
public final class PlainModel {

  private PlainModel() {}

  /** The top level of a document. */
  public record Document(String schemaVersion, String title, String asOf, List<Source> sources,
      List<State> states, List<Organization> organizations, List<Framework> frameworks,
      List<Process> processes, List<Person> people) {}

  /** Where a fact comes from. */
  public record Source(String id, String publisher, String title, String url, String published) {}

  /** A former name of a State or organization. */
  public record FormerName(String name, String period) {}

  /** A sovereign State. */
  public record State(String code, String name, List<FormerName> formerNames, List<String> sources) {}

  /** An intergovernmental organization, agency or office. */
  public record Organization(String id, String name, String acronym, String kind, String founded, String parent,
      List<FormerName> formerNames, List<Figure> figures, List<String> sources) {}

  /** A global framework such as the GCM. */
  public record Framework(String id, String name, String acronym, String adopted, List<String> sources) {}

  /** How a process classifies, according to sources. */
  public record Classification(String kind, List<String> sources) {}

  /** Whether a process admits organizations as members. */
  public record MembershipRule(Boolean organizationsAdmitted) {}

  /** How a process is chaired. */
  public record ChairingRule(Integer termMonths, Integer maxConcurrentChairs, Boolean standingCoChair) {}

  /** A State or an organization. */
  public record Participant(String state, String organization) {}

  /** A participant holding a role in a process during a period. */
  public record Participation(Participant participant, String role, String period, String asOf,
      List<String> sources) {}

  /** A chair term. */
  public record Chair(List<Participant> chairs, String period, String status, Participant coChair,
      List<String> sources) {}

  /** A meeting of a process. */
  public record Meeting(String id, String name, String level, Integer ordinal, String host, String city,
      String period, List<String> sources) {}

  /** An outcome document adopted at a meeting. */
  public record Declaration(String id, String title, String adopted, String meeting, List<Participant> adopters,
      List<String> themes, List<String> frameworks, List<String> sources) {}

  /** An approximate, scoped statistic. */
  public record Figure(String metric, BigDecimal value, String approximation, String scope, String referenceDate,
      List<String> sources) {}

  /** A consultative process. */
  public record Process(String id, String name, String acronym, String kind, List<Classification> classifications,
      String established, String region, String purpose, MembershipRule membershipRule, ChairingRule chairingRule,
      List<Participation> participations, List<Chair> chairs, List<Meeting> meetings,
      List<Declaration> declarations, List<Figure> figures, List<String> frameworks, List<String> sources) {}

  /** A post held by a person. */
  public record Post(String title, String organization, String state, String period, List<String> sources) {}

  /** An official or contact. */
  public record Person(String id, String name, List<Post> posts, List<String> sources) {}
}
