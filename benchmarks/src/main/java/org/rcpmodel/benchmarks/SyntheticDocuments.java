package org.rcpmodel.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.OrganizationKind;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StateCodes;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * Builds synthetic documents of a requested size, for benchmarks and for tests that need big inputs.
 *
 * <p>The size is the total number of participations. They are spread over processes of about
 * {@value #TYPICAL_PARTICIPATIONS_PER_PROCESS} participations each, and every process carries what a
 * real one does in about the same proportions: a secretariat and a partner organization, founding
 * members, observers (some of whom later became members), invited States, consecutive two-year chair
 * terms held by founding members (each handed over inside a shared month), a ministerial conference
 * per term with a declaration, a senior officials' meeting per term, three figures of widening scope,
 * and sources cited everywhere. All ids are unique, every reference resolves, and the generation is
 * deterministic: the same size gives an equal document.
 *
 * <p>{@link #valid(int)} is meant to pass the rule catalogue without any {@code ERROR};
 * {@link #invalid(int)} injects a known number of violations of chosen rules, each in its own process
 * so that one injection cannot trigger another rule.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticDocuments {

  /** About how many participations one generated process holds. */
  public static final int TYPICAL_PARTICIPATIONS_PER_PROCESS = 40;

  /** The smallest size accepted: a process needs a secretariat, a partner and some members. */
  public static final int MIN_PARTICIPATIONS = 10;

  /** The as-of date of every generated document; no generated date lies after it. */
  public static final PartialDate AS_OF = PartialDate.of(2025, 4, 24);

  private static final int ORGANIZATION_COUNT = 12;
  private static final int LAST_TERM_START_YEAR = 2024;
  private static final List<String> STATE_CODES = List.copyOf(new TreeSet<>(StateCodes.assigned()));
  private static final Map<String, String> STATE_NAMES = stateNames();

  private SyntheticDocuments() {}

  /**
   * A valid document holding exactly {@code participations} participations.
   *
   * @param participations the total number of participations, at least {@value #MIN_PARTICIPATIONS}
   * @return a new immutable document, never null
   * @throws IllegalArgumentException if {@code participations} is below the minimum
   */
  public static Document valid(int participations) {
    return generate(participations, Map.of());
  }

  /**
   * A document built like {@link #valid(int)} into which violations of chosen rules are injected,
   * with the number injected per rule code.
   *
   * @param participations the total number of participations; it must give at least as many processes
   *     as there are injections ({@link #injectionsNeeded()} times
   *     {@value #TYPICAL_PARTICIPATIONS_PER_PROCESS}, roughly)
   * @return the document and its planned violation counts; never null
   * @throws IllegalArgumentException if the size gives too few processes for the injections
   */
  public static InvalidDocument invalid(int participations) {
    int processes = processCount(participations);
    if (processes < injectionsNeeded()) {
      throw new IllegalArgumentException("An invalid document needs at least " + injectionsNeeded()
          + " processes, one per injected violation; " + participations + " participations give " + processes);
    }
    Map<Integer, Injection> plan = new TreeMap<>();
    int process = 0;
    for (Injection injection : Injection.values()) {
      for (int i = 0; i < injection.count; i++) {
        plan.put(process++, injection);
      }
    }
    Map<String, Integer> planned = new LinkedHashMap<>();
    for (Injection injection : Injection.values()) {
      planned.put(injection.code, injection.count);
    }
    return new InvalidDocument(generate(participations, plan), Map.copyOf(planned));
  }

  /**
   * How many processes {@link #invalid(int)} needs: one per injected violation.
   *
   * @return a positive count
   */
  public static int injectionsNeeded() {
    int total = 0;
    for (Injection injection : Injection.values()) {
      total += injection.count;
    }
    return total;
  }

  /**
   * How many processes a document of the given size is spread over.
   *
   * @param participations the total number of participations
   * @return at least one
   * @throws IllegalArgumentException if {@code participations} is below the minimum
   */
  public static int processCount(int participations) {
    if (participations < MIN_PARTICIPATIONS) {
      throw new IllegalArgumentException(
          "A synthetic document needs at least " + MIN_PARTICIPATIONS + " participations, not " + participations);
    }
    return Math.max(1, Math.round(participations / (float) TYPICAL_PARTICIPATIONS_PER_PROCESS));
  }

  /**
   * A generated document with violations injected, and how many of each rule code were planned.
   *
   * @param document the document; not null
   * @param plannedViolations rule code to the number of violations of it injected; unmodifiable
   */
  public record InvalidDocument(Document document, Map<String, Integer> plannedViolations) {}

  /** The violations {@link #invalid(int)} knows how to inject, each with its rule code and count. */
  private enum Injection {
    REVERSED_PERIOD("period.reversed", 2),
    BEFORE_ESTABLISHMENT("date.before-establishment", 2),
    ROLE_CONFLICT("role.conflict", 3),
    CHAIR_NOT_MEMBER("chair.not-member", 2),
    CHAIR_OVERLAP("chair.overlap", 2),
    NEGATIVE_FIGURE("figure.negative", 3),
    ANACHRONISM("declaration.anachronism", 1),
    UNRESOLVED_SOURCE("ref.unresolved", 2),
    OUTSIDE_MEETING("declaration.outside-meeting", 1),
    BLANK_CITY("field.required", 2);

    final String code;
    final int count;

    Injection(String code, int count) {
      this.code = code;
      this.count = count;
    }
  }

  private static Document generate(int participations, Map<Integer, Injection> plan) {
    int processes = processCount(participations);
    Document.Builder document = Document.builder()
        .title("Synthetic document of " + participations + " participations")
        .asOf(AS_OF);
    document.addSources(Source.builder().id("src-shared").publisher("Synthetic").title("Shared source")
        .published(PartialDate.ofYear(2024)).build());
    for (int o = 0; o < ORGANIZATION_COUNT; o++) {
      document.addOrganizations(Organization.builder().id(organizationId(o)).name("Organization " + o)
          .acronym("ORG" + o).kind(OrganizationKind.INTERGOVERNMENTAL).founded(PartialDate.ofYear(1950 + o))
          .addSources("src-shared").build());
    }
    document.addFrameworks(
        Framework.builder().id("agenda-2030").name("2030 Agenda for Sustainable Development")
            .adopted(PartialDate.of(2015, 9, 25)).addSources("src-shared").build(),
        Framework.builder().id("gcm").name("Global Compact for Migration").acronym("GCM")
            .adopted(PartialDate.ofYearMonth(2018, 12)).addSources("src-shared").build());
    TreeSet<String> statesUsed = new TreeSet<>();
    int base = participations / processes;
    int extra = participations % processes;
    for (int p = 0; p < processes; p++) {
      int size = base + (p < extra ? 1 : 0);
      String sourceId = "src-" + p;
      document.addSources(Source.builder().id(sourceId).publisher("Synthetic").title("Source of process " + p)
          .url("https://example.org/process/" + p).published(PartialDate.ofYearMonth(2024, 1 + p % 12)).build());
      document.addProcesses(process(p, size, sourceId, plan.get(p), statesUsed));
    }
    for (String code : statesUsed) {
      document.addStates(State.builder().code(code).name(STATE_NAMES.getOrDefault(code, "State " + code))
          .addSources("src-shared").build());
    }
    return document.build();
  }

  /** The participant of each slot of a process, and what it does there; see {@link #slotRole}. */
  private enum Slot { SECRETARIAT, PARTNER, FOUNDING_MEMBER, OBSERVER_BECOMING_MEMBER, OBSERVER, INVITED }

  private static Slot slotRole(int slot, int size) {
    if (slot == 0) {
      return Slot.SECRETARIAT;
    }
    if (slot == 1) {
      return Slot.PARTNER;
    }
    switch (slot % 10) {
      case 6:
        // Takes this slot and the next one: an observer period, then a member period.
        return slot + 1 < size ? Slot.OBSERVER_BECOMING_MEMBER : Slot.OBSERVER;
      case 8:
        return Slot.OBSERVER;
      case 9:
        return Slot.INVITED;
      default:
        return Slot.FOUNDING_MEMBER;
    }
  }

  private static ConsultativeProcess process(
      int p, int size, String sourceId, Injection injection, TreeSet<String> statesUsed) {
    int established = 1995 + p % 15;
    PartialDate establishedMonth = PartialDate.ofYearMonth(established, 3);
    String id = "process-" + p;
    ConsultativeProcess.Builder process = ConsultativeProcess.builder()
        .id(id)
        .name("Synthetic Process " + p)
        .acronym("SP" + p)
        .kind(p % 3 == 2 ? ProcessKind.IRF : ProcessKind.RCP)
        .established(establishedMonth)
        .region("Region " + p % 7)
        .purpose("Dialogue on migration among the States of region " + p % 7)
        .membershipRule(MembershipRule.statesOnly())
        .chairingRule(ChairingRule.builder().termMonths(24).maxConcurrentChairs(1).standingCoChair(false).build())
        .addFrameworks("gcm")
        .addSources(sourceId);

    // Participations. States are distinct within a process; the slot decides the role.
    List<String> foundingMembers = new ArrayList<>();
    List<String> observersOnly = new ArrayList<>();
    int stateOffset = p * 37;
    int stateIndex = 0;
    List<Participation> participations = new ArrayList<>(size);
    for (int slot = 0; slot < size; slot++) {
      Slot role = slotRole(slot, size);
      switch (role) {
        case SECRETARIAT:
          participations.add(participation(Participant.organization(organizationId(p % ORGANIZATION_COUNT)),
              Role.SECRETARIAT, Period.startingAt(establishedMonth), sourceId));
          break;
        case PARTNER:
          participations.add(participation(Participant.organization(organizationId((p + 5) % ORGANIZATION_COUNT)),
              Role.PARTNER, Period.startingAt(PartialDate.ofYear(established + 1)), sourceId));
          break;
        case FOUNDING_MEMBER: {
          String state = state(stateOffset + stateIndex++, statesUsed);
          foundingMembers.add(state);
          participations.add(participation(Participant.state(state), Role.MEMBER,
              Period.startingAt(establishedMonth), sourceId));
          break;
        }
        case OBSERVER_BECOMING_MEMBER: {
          String state = state(stateOffset + stateIndex++, statesUsed);
          participations.add(participation(Participant.state(state), Role.OBSERVER,
              Period.of(PartialDate.ofYearMonth(established, 6), PartialDate.ofYearMonth(established + 3, 5)),
              sourceId));
          participations.add(participation(Participant.state(state), Role.MEMBER,
              Period.startingAt(PartialDate.ofYearMonth(established + 3, 6)), sourceId));
          slot++;
          break;
        }
        case OBSERVER: {
          String state = state(stateOffset + stateIndex++, statesUsed);
          observersOnly.add(state);
          participations.add(participation(Participant.state(state), Role.OBSERVER,
              Period.startingAt(PartialDate.ofYear(established + 1)), sourceId));
          break;
        }
        case INVITED: {
          String state = state(stateOffset + stateIndex++, statesUsed);
          participations.add(participation(Participant.state(state), Role.INVITED,
              Period.of(PartialDate.of(established + 2, 5, 10)), sourceId));
          break;
        }
        default:
          throw new AssertionError(role);
      }
    }

    // Chair terms: two years each, consecutive, rotating over the founding members. Each hand-over
    // happens inside a shared month (the outgoing term ends in the month the next starts): with month
    // precision, a term ending in May and the next starting in June could leave a gap of up to a month,
    // which the catalogue rightly reports as a possible chair.gap.
    List<Chairmanship> chairs = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    List<Declaration> declarations = new ArrayList<>();
    int terms = (LAST_TERM_START_YEAR - established) / 2 + 1;
    for (int t = 0; t < terms; t++) {
      int startYear = established + 2 * t;
      boolean last = t == terms - 1;
      PartialDate start = PartialDate.ofYearMonth(startYear, 6);
      PartialDate end = PartialDate.ofYearMonth(startYear + 2, 6);
      String chair = foundingMembers.get(t % foundingMembers.size());
      chairs.add(Chairmanship.builder()
          .addChairs(Participant.state(chair))
          .period(last ? Period.startingAt(start) : Period.of(start, end))
          .status(last ? ChairStatus.CURRENT : ChairStatus.PAST)
          .addSources(sourceId)
          .build());
      addTermMeetings(id, t, startYear, chair, foundingMembers, sourceId, meetings, declarations);
    }

    List<MigrationFigure> figures = new ArrayList<>();
    long value = 1_000_000L + 10_000L * p;
    FigureScope[] scopes = {FigureScope.MEMBERS, FigureScope.MEMBERS_AND_OBSERVERS, FigureScope.ALL_PARTICIPANTS};
    Approximation[] approximations = {Approximation.AROUND, Approximation.APPROXIMATELY, Approximation.NEARLY};
    for (int f = 0; f < scopes.length; f++) {
      figures.add(MigrationFigure.builder()
          .metric("internationalMigrantStock")
          .value(BigDecimal.valueOf(value * (f + 1)))
          .approximation(approximations[f])
          .scope(scopes[f])
          .referenceDate(PartialDate.of(2020, 7, 1))
          .addSources(sourceId)
          .build());
    }

    if (injection != null) {
      inject(injection, p, establishedMonth, participations, chairs, meetings, declarations, figures,
          observersOnly, foundingMembers, sourceId);
    }
    return process.participations(participations).chairs(chairs).meetings(meetings)
        .declarations(declarations).figures(figures).build();
  }

  private static void addTermMeetings(String processId, int term, int startYear, String chair,
      List<String> foundingMembers, String sourceId, List<Meeting> meetings, List<Declaration> declarations) {
    String conference = processId + "-mc-" + term;
    PartialDate conferenceDay = PartialDate.of(startYear, 6, 15);
    meetings.add(Meeting.builder()
        .id(conference)
        .name("Ministerial Conference " + (term + 1))
        .level(MeetingLevel.MINISTERIAL_CONFERENCE)
        .ordinal(term + 1)
        .host(chair)
        .city("City " + term)
        .period(Period.of(conferenceDay))
        .addSources(sourceId)
        .build());
    meetings.add(Meeting.builder()
        .id(processId + "-som-" + term)
        .level(MeetingLevel.SENIOR_OFFICIALS)
        .ordinal(term + 1)
        .host(foundingMembers.get((term + 1) % foundingMembers.size()))
        .city("Town " + term)
        .period(Period.of(PartialDate.of(startYear + 1, 3, 10), PartialDate.of(startYear + 1, 3, 11)))
        .addSources(sourceId)
        .build());
    Declaration.Builder declaration = Declaration.builder()
        .id(processId + "-decl-" + term)
        .title("Declaration of City " + term)
        .adopted(conferenceDay)
        .meeting(conference)
        .addThemes("labour migration", "protection")
        .addSources(sourceId);
    for (int a = 0; a < Math.min(3, foundingMembers.size()); a++) {
      declaration.addAdopters(Participant.state(foundingMembers.get(a)));
    }
    if (startYear >= 2019) {
      declaration.addFrameworks("gcm");
    }
    if (startYear >= 2016) {
      declaration.addFrameworks("agenda-2030");
    }
    declarations.add(declaration.build());
  }

  private static void inject(Injection injection, int p, PartialDate established,
      List<Participation> participations, List<Chairmanship> chairs, List<Meeting> meetings,
      List<Declaration> declarations, List<MigrationFigure> figures, List<String> observersOnly,
      List<String> foundingMembers, String sourceId) {
    int year = established.getYear();
    switch (injection) {
      case REVERSED_PERIOD:
        replaceParticipation(participations, observersOnly.get(0), Role.OBSERVER,
            Period.of(PartialDate.ofYear(year + 5), PartialDate.ofYear(year + 3)), sourceId);
        break;
      case BEFORE_ESTABLISHMENT:
        replaceParticipation(participations, observersOnly.get(0), Role.OBSERVER,
            Period.startingAt(PartialDate.ofYear(year - 3)), sourceId);
        break;
      case ROLE_CONFLICT: {
        // An invited State's slot becomes an observer period of a founding member that never chaired.
        String member = foundingMembers.get(foundingMembers.size() - 1);
        int invited = indexOf(participations, Role.INVITED);
        participations.set(invited, participation(Participant.state(member), Role.OBSERVER,
            Period.of(PartialDate.ofYear(year + 4), PartialDate.ofYear(year + 6)), sourceId));
        break;
      }
      case CHAIR_NOT_MEMBER: {
        // The chair is an observer all through its term (from the establishment, open-ended): a positive
        // record excludes membership, so the finding is an ERROR in an open world too.
        replaceParticipation(participations, observersOnly.get(0), Role.OBSERVER, Period.startingAt(established),
            sourceId);
        Chairmanship first = chairs.get(0);
        chairs.set(0, Chairmanship.builder().from(first).chairs(List.of(Participant.state(observersOnly.get(0))))
            .build());
        break;
      }
      case CHAIR_OVERLAP: {
        Chairmanship first = chairs.get(0);
        PartialDate start = first.getPeriod().getStart().orElseThrow();
        chairs.set(0, Chairmanship.builder().from(first)
            .period(Period.of(start, PartialDate.ofYearMonth(start.getYear() + 3, 5))).build());
        break;
      }
      case NEGATIVE_FIGURE:
        figures.set(0, MigrationFigure.builder().from(figures.get(0)).value(BigDecimal.valueOf(-5)).build());
        break;
      case ANACHRONISM: {
        Declaration first = declarations.get(0);
        declarations.set(0, Declaration.builder().from(first).frameworks(List.of("gcm")).build());
        break;
      }
      case UNRESOLVED_SOURCE: {
        int last = participations.size() - 1;
        participations.set(last, Participation.builder().from(participations.get(last))
            .sources(List.of("no-such-source")).build());
        break;
      }
      case OUTSIDE_MEETING: {
        Declaration first = declarations.get(0);
        PartialDate adopted = first.getAdopted();
        declarations.set(0, Declaration.builder().from(first)
            .adopted(PartialDate.of(adopted.getYear() + 1, 1, 20)).build());
        break;
      }
      case BLANK_CITY:
        meetings.set(0, Meeting.builder().from(meetings.get(0)).city(" ").build());
        break;
      default:
        throw new AssertionError(injection);
    }
  }

  private static void replaceParticipation(List<Participation> participations, String state, Role role,
      Period period, String sourceId) {
    for (int i = 0; i < participations.size(); i++) {
      Participation participation = participations.get(i);
      if (participation.getParticipant().getState().filter(state::equals).isPresent()) {
        participations.set(i, participation(Participant.state(state), role, period, sourceId));
        return;
      }
    }
    throw new IllegalStateException("No participation of " + state);
  }

  private static int indexOf(List<Participation> participations, Role role) {
    for (int i = 0; i < participations.size(); i++) {
      if (participations.get(i).getRole() == role) {
        return i;
      }
    }
    throw new IllegalStateException("No participation with role " + role);
  }

  private static Participation participation(Participant participant, Role role, Period period, String sourceId) {
    return Participation.builder().participant(participant).role(role).period(period).addSources(sourceId).build();
  }

  private static String organizationId(int o) {
    return "org-" + o;
  }

  private static String state(int index, TreeSet<String> statesUsed) {
    String code = STATE_CODES.get(index % STATE_CODES.size());
    statesUsed.add(code);
    return code;
  }

  private static Map<String, String> stateNames() {
    Map<String, String> names = new TreeMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale("", alpha2);
      try {
        names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
      } catch (java.util.MissingResourceException noAlpha3) {
        // A country without an alpha-3 code is simply not named; the generator falls back to its code.
      }
    }
    return Map.copyOf(names);
  }
}
