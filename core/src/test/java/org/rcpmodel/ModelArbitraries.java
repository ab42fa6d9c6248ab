package org.rcpmodel;

import static org.rcpmodel.Gens.ALPHANUMERIC;
import static org.rcpmodel.Gens.booleans;
import static org.rcpmodel.Gens.enums;
import static org.rcpmodel.Gens.ints;
import static org.rcpmodel.Gens.lists;
import static org.rcpmodel.Gens.longs;
import static org.rcpmodel.Gens.oneOf;
import static org.rcpmodel.Gens.optionals;
import static org.rcpmodel.Gens.pick;
import static org.rcpmodel.Gens.range;
import static org.rcpmodel.Gens.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * QuickTheories generators of random model values, shared by the property tests of every module
 * (through the core test jar). Values are well-formed (every builder accepts them); they are not
 * promised to pass the validation rules. Optional values are empty one time in twenty.
 */
public final class ModelArbitraries {

  private ModelArbitraries() {}

  /** Ids such as {@code a1}, {@code org-7}. */
  public static Gen<String> ids() {
    Gen<String> prefixes = strings(range('a', 'z'), 1, 6);
    Gen<Integer> numbers = ints(0, 99);
    return in -> prefixes.generate(in) + "-" + numbers.generate(in);
  }

  /** Human text, including non-Latin letters, quotes and expression-like strings. */
  public static Gen<String> texts() {
    // Letters first: the all-minimum case draws the first character, which must not be blank.
    Gen<String> random = strings(ALPHANUMERIC + " -'\"üЫ中", 1, 30).assuming(s -> !s.isBlank());
    return oneOf(random, pick("Türkiye", "Алматинский процесс", "${1+1}",
        "{jakarta.validation.constraints.NotNull.message}", "back\\slash", "tab\there"));
  }

  /** Assigned ISO 3166-1 alpha-3 codes. */
  public static Gen<String> stateCodes() {
    return pick("AFG", "AZE", "KAZ", "KGZ", "TJK", "TUR", "TKM", "IRN", "PAK", "ITA", "RUS", "UZB");
  }

  /** Partial dates of all three precisions, years 1990 to 2030. */
  public static Gen<PartialDate> partialDates() {
    Gen<Integer> years = ints(1990, 2030);
    Gen<Integer> months = ints(1, 12);
    Gen<Integer> days = ints(1, 28);
    Gen<PartialDate> plain = oneOf(
        years.map(PartialDate::ofYear),
        years.zip(months, PartialDate::ofYearMonth),
        years.zip(months, days, PartialDate::of));
    // EDTF level 1: uncertain, approximate, both, and unspecified digits
    Gen<PartialDate> qualified = plain.zip(ints(0, 2), (d, q) -> d.withQualifier(q != 1, q != 0));
    Gen<PartialDate> unspecified = plain.zip(ints(0, 1), (d, wide) -> {
      String text = d.toString();
      return PartialDate.parse(switch (d.getPrecision()) {
        case YEAR -> text.substring(0, wide == 0 ? 3 : 2) + (wide == 0 ? "X" : "XX");
        case MONTH -> text.substring(0, 4) + "-XX";
        case DAY -> wide == 0 ? text.substring(0, 7) + "-XX" : text.substring(0, 4) + "-XX-XX";
      });
    });
    return oneOf(plain, plain, plain, plain, qualified, unspecified);
  }

  /** Periods with every kind of bound. */
  public static Gen<Period> periods() {
    return oneOf(
        partialDates().zip(partialDates(), (a, b) -> a.compareTo(b) <= 0 ? Period.of(a, b) : Period.of(b, a)),
        partialDates().map(Period::startingAt),
        partialDates().map(Period::endingAt),
        partialDates().map(date -> Period.of(date)),
        pick(Period.unknown()));
  }

  static Gen<List<String>> sourceIds() {
    return lists(ids(), 0, 2);
  }

  /** Participants: States or organizations. */
  public static Gen<Participant> participants() {
    return oneOf(stateCodes().map(Participant::state), ids().map(Participant::organization));
  }

  /** States, some with former names. */
  public static Gen<State> states() {
    Gen<FormerName> formerNames = texts().zip(periods(), FormerName::of);
    return stateCodes().zip(texts(), lists(formerNames, 0, 2), sourceIds(),
        (code, name, former, sources) -> State.builder().code(code).name(name).addAllFormerNames(former)
            .addAllSources(sources).build());
  }

  /** Migration figures. */
  public static Gen<MigrationFigure> figures() {
    Gen<String> metrics = pick("citizensAbroad", "internationalMigrants", "memberStates");
    Gen<BigDecimal> values = longs(0, 50_000_000L).map(value -> BigDecimal.valueOf(value));
    Gen<Approximation> approximations = enums(Approximation.class);
    Gen<FigureScope> scopes = enums(FigureScope.class);
    Gen<Optional<PartialDate>> dates = optionals(partialDates());
    Gen<List<String>> sources = sourceIds();
    return in -> MigrationFigure.builder().metric(metrics.generate(in)).value(values.generate(in))
        .approximation(approximations.generate(in)).scope(scopes.generate(in)).referenceDate(dates.generate(in))
        .addAllSources(sources.generate(in)).build();
  }

  /** Organizations. */
  public static Gen<Organization> organizations() {
    Gen<String> ids = ids();
    Gen<String> names = texts();
    Gen<Optional<String>> acronyms = optionals(texts());
    Gen<Optional<OrganizationKind>> kinds = optionals(enums(OrganizationKind.class));
    Gen<Optional<PartialDate>> founded = optionals(partialDates());
    Gen<Optional<String>> parents = optionals(ids());
    Gen<List<MigrationFigure>> figures = lists(figures(), 0, 2);
    Gen<List<String>> sources = sourceIds();
    return in -> Organization.builder().id(ids.generate(in)).name(names.generate(in))
        .acronym(acronyms.generate(in)).kind(kinds.generate(in)).founded(founded.generate(in))
        .parent(parents.generate(in)).addAllFigures(figures.generate(in)).addAllSources(sources.generate(in))
        .build();
  }

  /** Participations with known, open, unknown and as-of dates. */
  public static Gen<Participation> participations() {
    Gen<Participant> who = participants();
    Gen<Role> roles = enums(Role.class);
    Gen<Optional<Period>> periods = optionals(periods());
    Gen<Optional<PartialDate>> asOf = optionals(partialDates());
    Gen<List<String>> sources = sourceIds();
    return in -> Participation.builder().participant(who.generate(in)).role(roles.generate(in))
        .period(periods.generate(in)).asOf(asOf.generate(in)).addAllSources(sources.generate(in)).build();
  }

  /** Chair terms of one or two chairs. */
  public static Gen<Chairmanship> chairmanships() {
    Gen<List<Participant>> chairs = lists(participants(), 1, 2);
    Gen<Period> periods = periods();
    Gen<Optional<ChairStatus>> statuses = optionals(enums(ChairStatus.class));
    Gen<Optional<Participant>> coChairs = optionals(participants());
    Gen<List<String>> sources = sourceIds();
    return in -> Chairmanship.builder().addAllChairs(chairs.generate(in)).period(periods.generate(in))
        .status(statuses.generate(in)).coChair(coChairs.generate(in)).addAllSources(sources.generate(in)).build();
  }

  /** Meetings. */
  public static Gen<Meeting> meetings() {
    Gen<String> ids = ids();
    Gen<Optional<String>> names = optionals(texts());
    Gen<MeetingLevel> levels = enums(MeetingLevel.class);
    Gen<Optional<Integer>> ordinals = optionals(ints(1, 20));
    Gen<Optional<String>> hosts = optionals(stateCodes());
    Gen<Optional<String>> cities = optionals(texts());
    Gen<Period> periods = periods();
    Gen<List<String>> sources = sourceIds();
    return in -> Meeting.builder().id(ids.generate(in)).name(names.generate(in)).level(levels.generate(in))
        .ordinal(ordinals.generate(in)).host(hosts.generate(in)).city(cities.generate(in))
        .period(periods.generate(in)).addAllSources(sources.generate(in)).build();
  }

  /** Declarations. */
  public static Gen<Declaration> declarations() {
    Gen<String> ids = ids();
    Gen<String> titles = texts();
    Gen<PartialDate> adopted = partialDates();
    Gen<Optional<String>> meetings = optionals(ids());
    Gen<List<Participant>> adopters = lists(participants(), 0, 3);
    Gen<List<String>> themes = lists(texts(), 0, 2);
    Gen<List<String>> frameworks = lists(ids(), 0, 2);
    Gen<List<String>> sources = sourceIds();
    return in -> Declaration.builder().id(ids.generate(in)).title(titles.generate(in))
        .adopted(adopted.generate(in)).meeting(meetings.generate(in)).addAllAdopters(adopters.generate(in))
        .addAllThemes(themes.generate(in)).addAllFrameworks(frameworks.generate(in))
        .addAllSources(sources.generate(in)).build();
  }

  /** Processes with a few records of each kind. */
  public static Gen<ConsultativeProcess> processes() {
    Gen<Optional<Integer>> terms = optionals(ints(1, 48));
    Gen<Integer> maxChairs = ints(1, 3);
    Gen<Boolean> standing = booleans();
    Gen<ChairingRule> rules = in -> ChairingRule.builder().termMonths(terms.generate(in))
        .maxConcurrentChairs(maxChairs.generate(in)).standingCoChair(standing.generate(in)).build();
    Gen<String> ids = ids();
    Gen<String> names = texts();
    Gen<ProcessKind> kinds = enums(ProcessKind.class);
    Gen<Optional<PartialDate>> established = optionals(partialDates());
    Gen<Boolean> organizationsAdmitted = booleans();
    Gen<List<Participation>> participations = lists(participations(), 0, 4);
    Gen<List<Chairmanship>> chairs = lists(chairmanships(), 0, 3);
    Gen<List<Meeting>> meetings = lists(meetings(), 0, 2);
    Gen<List<Declaration>> declarations = lists(declarations(), 0, 2);
    Gen<List<MigrationFigure>> figures = lists(figures(), 0, 2);
    Gen<Optional<String>> regions = optionals(texts());
    Gen<List<String>> sources = sourceIds();
    return in -> ConsultativeProcess.builder().id(ids.generate(in)).name(names.generate(in))
        .kind(kinds.generate(in)).established(established.generate(in)).chairingRule(rules.generate(in))
        .membershipRule(MembershipRule.builder().organizationsAdmitted(organizationsAdmitted.generate(in)).build())
        .addAllParticipations(participations.generate(in)).addAllChairs(chairs.generate(in))
        .addAllMeetings(meetings.generate(in)).addAllDeclarations(declarations.generate(in))
        .addAllFigures(figures.generate(in)).region(regions.generate(in)).addAllSources(sources.generate(in))
        .build();
  }

  /** Whole documents. */
  public static Gen<Document> documents() {
    Gen<String> ids = ids();
    Gen<String> texts = texts();
    Gen<Optional<String>> optionalTexts = optionals(texts());
    Gen<Optional<PartialDate>> optionalDates = optionals(partialDates());
    Gen<Source> sources = in -> Source.builder().id(ids.generate(in)).publisher(optionalTexts.generate(in))
        .title(texts.generate(in)).published(optionalDates.generate(in)).build();
    Gen<Framework> frameworks = in -> Framework.builder().id(ids.generate(in)).name(texts.generate(in))
        .adopted(optionalDates.generate(in)).build();
    Gen<Optional<String>> optionalIds = optionals(ids());
    Gen<Optional<String>> optionalStates = optionals(stateCodes());
    Gen<Optional<Period>> optionalPeriods = optionals(periods());
    Gen<Post> posts = in -> Post.builder().title(texts.generate(in)).organization(optionalIds.generate(in))
        .state(optionalStates.generate(in)).period(optionalPeriods.generate(in)).build();
    Gen<List<Post>> postLists = lists(posts, 0, 2);
    Gen<Person> people = in -> Person.builder().id(ids.generate(in)).name(texts.generate(in))
        .addAllPosts(postLists.generate(in)).build();
    Gen<List<Source>> sourceLists = lists(sources, 0, 2);
    Gen<List<State>> stateLists = lists(states(), 0, 2);
    Gen<List<Organization>> organizationLists = lists(organizations(), 0, 2);
    Gen<List<Framework>> frameworkLists = lists(frameworks, 0, 2);
    Gen<List<ConsultativeProcess>> processLists = lists(processes(), 1, 2);
    Gen<List<Person>> peopleLists = lists(people, 0, 2);
    return in -> Document.builder().title(optionalTexts.generate(in)).asOf(optionalDates.generate(in))
        .addAllSources(sourceLists.generate(in)).addAllStates(stateLists.generate(in))
        .addAllOrganizations(organizationLists.generate(in)).addAllFrameworks(frameworkLists.generate(in))
        .addAllProcesses(processLists.generate(in)).addAllPeople(peopleLists.generate(in)).build();
  }
}
