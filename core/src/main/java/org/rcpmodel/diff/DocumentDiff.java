package org.rcpmodel.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Facts;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.time.Period;
import org.rcpmodel.time.PartialDate;

/**
 * What changed between two snapshots of a document: who joined, left or changed role, chair terms
 * added, ended or changed in status, dates refined (more precise and compatible) as distinct from
 * dates changed, records added, removed or changed, names changed.
 *
 * <p><b>Matching.</b> Records are paired across the snapshots by what identifies them, in passes
 * from the strictest to the loosest, each record taking the first unpaired record of the other
 * snapshot that the pass accepts: first records equal apart from their sources, then records that
 * {@linkplain Facts agree}, then records of the {@linkplain Facts same fact}. States are matched by
 * code; sources, organizations, frameworks, people and processes by id; participations and chair
 * terms by {@link Facts}; meetings by id, then by {@link Facts#sameFact(Meeting, Meeting)};
 * declarations by id, then by {@link Facts#sameFact(Declaration, Declaration)} with the old
 * snapshot's meeting ids translated through the meeting pairing; figures by {@link Facts}, then by
 * metric and scope where a reference date is missing. A record of one snapshot left unpaired is
 * {@linkplain ChangeKind#ADDED added} or {@linkplain ChangeKind#REMOVED removed} (for participations,
 * {@linkplain ChangeKind#JOINED joined} or {@linkplain ChangeKind#LEFT left}). Paired records are
 * compared attribute by attribute. Order of records, and of the sources a record cites, is not a
 * change.
 *
 * <p>The diff of a document with itself (or with an equal one) is empty. Changes are listed in
 * document order: document attributes, sources, States, organizations, frameworks, people, then
 * each process with its participations, chair terms, meetings, declarations and figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentDiff {

  private final List<Change> changes;

  private DocumentDiff(List<Change> changes) {
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two snapshots of a document.
   *
   * @param before the old snapshot; not null
   * @param after the new snapshot; not null
   * @return the differences, never null
   * @throws NullPointerException if an argument is null
   */
  public static DocumentDiff between(Document before, Document after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Differ differ = new Differ();
    differ.document(before, after);
    return new DocumentDiff(differ.changes);
  }

  /**
   * The changes, in document order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * Tells whether the two snapshots state the same records.
   *
   * @return true when there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The changes of one kind.
   *
   * @param kind the kind; not null
   * @return an unmodifiable list, never null, in document order
   * @throws NullPointerException if {@code kind} is null
   */
  public List<Change> ofKind(ChangeKind kind) {
    Objects.requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).toList();
  }

  /** One line per change. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Change change : changes) {
      sb.append(change).append('\n');
    }
    return sb.toString();
  }

  /**
   * Pairs old records with new ones: {@code result[i]} is the index of the new record paired with old
   * record {@code i}, or -1. In each pass, each unpaired old record (in order) takes the first unpaired
   * new record the pass accepts. The naive reference for {@link #pair(List, List, Function, BiPredicate[])}.
   */
  @SafeVarargs
  static <T> int[] pair(List<T> olds, List<T> news, BiPredicate<T, T>... passes) {
    return pair(olds, news, t -> Boolean.TRUE, passes);
  }

  /**
   * Pairs as {@link #pair(List, List, BiPredicate[])} does, comparing each old record only with the new
   * records of its key: equal to it whenever every pass accepts only records with equal keys (an id, a
   * participant, a set of chairs), in time linear in the records of one key instead of in all of them.
   */
  @SafeVarargs
  static <T> int[] pair(List<T> olds, List<T> news, Function<T, Object> key, BiPredicate<T, T>... passes) {
    int[] pairs = new int[olds.size()];
    java.util.Arrays.fill(pairs, -1);
    boolean[] taken = new boolean[news.size()];
    java.util.Map<Object, List<Integer>> byKey = new java.util.HashMap<>();
    for (int j = 0; j < news.size(); j++) {
      byKey.computeIfAbsent(key.apply(news.get(j)), k -> new ArrayList<>(1)).add(j);
    }
    for (BiPredicate<T, T> pass : passes) {
      for (int i = 0; i < olds.size(); i++) {
        if (pairs[i] >= 0) {
          continue;
        }
        for (int j : byKey.getOrDefault(key.apply(olds.get(i)), List.of())) {
          if (!taken[j] && pass.test(olds.get(i), news.get(j))) {
            pairs[i] = j;
            taken[j] = true;
            break;
          }
        }
      }
    }
    return pairs;
  }

  static <T> boolean[] paired(int[] pairs, int size) {
    boolean[] taken = new boolean[size];
    for (int j : pairs) {
      if (j >= 0) {
        taken[j] = true;
      }
    }
    return taken;
  }

  /** Collects the changes; one per comparison. */
  private static final class Differ {
    final List<Change> changes = new ArrayList<>();

    void add(ChangeKind kind, RecordKind record, String subject, String attribute, String beforePointer,
        String afterPointer, String before, String after) {
      changes.add(new Change(kind, record, subject, Optional.ofNullable(attribute), Optional.ofNullable(beforePointer),
          Optional.ofNullable(afterPointer), Optional.ofNullable(before), Optional.ofNullable(after)));
    }

    /** A whole record added (or joined) at {@code pointer} of the new snapshot. */
    void added(ChangeKind kind, RecordKind record, String subject, String pointer) {
      add(kind, record, subject, null, null, pointer, null, subject);
    }

    /** A whole record removed (or left) from {@code pointer} of the old snapshot. */
    void removed(ChangeKind kind, RecordKind record, String subject, String pointer) {
      add(kind, record, subject, null, pointer, null, subject, null);
    }

    /** Compares one optional attribute; {@code kind} is NAME_CHANGED or VALUE_CHANGED. */
    <T> void value(ChangeKind kind, RecordKind record, String subject, String attribute, String before, String after,
        Optional<T> old, Optional<T> now) {
      if (!old.equals(now)) {
        add(kind, record, subject, attribute, old.isPresent() ? before + "/" + attribute : before,
            now.isPresent() ? after + "/" + attribute : after, old.map(Object::toString).orElse(null),
            now.map(Object::toString).orElse(null));
      }
    }

    <T> void value(RecordKind record, String subject, String attribute, String before, String after, T old, T now) {
      value(ChangeKind.VALUE_CHANGED, record, subject, attribute, before, after, Optional.ofNullable(old),
          Optional.ofNullable(now));
    }

    /** Compares a list attribute whose order does not matter (adopters, themes, former names). */
    <T> void set(RecordKind record, String subject, String attribute, String before, String after, List<T> old,
        List<T> now) {
      if (!new LinkedHashSet<>(old).equals(new LinkedHashSet<>(now))) {
        add(ChangeKind.VALUE_CHANGED, record, subject, attribute, old.isEmpty() ? before : before + "/" + attribute,
            now.isEmpty() ? after : after + "/" + attribute, old.isEmpty() ? null : old.toString(),
            now.isEmpty() ? null : now.toString());
      }
    }

    void citations(RecordKind record, String subject, String before, String after, List<String> old, List<String> now) {
      if (!Set.copyOf(old).equals(Set.copyOf(now))) {
        add(ChangeKind.CITATIONS_CHANGED, record, subject, "sources", old.isEmpty() ? before : before + "/sources",
            now.isEmpty() ? after : after + "/sources", String.join(", ", old), String.join(", ", now));
      }
    }

    /** Compares an optional date: refined when the new one lies inside the old one (or was unknown). */
    void date(RecordKind record, String subject, String attribute, String before, String after,
        Optional<PartialDate> old, Optional<PartialDate> now) {
      if (old.equals(now)) {
        return;
      }
      boolean refined = now.isPresent() && (old.isEmpty() || Facts.refines(now.get(), old.get()));
      add(refined ? ChangeKind.DATES_REFINED : ChangeKind.DATES_CHANGED, record, subject, attribute,
          old.isPresent() ? before + "/" + attribute : before, now.isPresent() ? after + "/" + attribute : after,
          old.map(Object::toString).orElse(null), now.map(Object::toString).orElse(null));
    }

    /** Compares a period: ended, refined or changed. */
    void period(RecordKind record, ChangeKind ended, String subject, String before, String after, Period old,
        Period now) {
      if (old.equals(now)) {
        return;
      }
      ChangeKind kind = endKnownNow(old, now) ? ended
          : now.refines(old) ? ChangeKind.DATES_REFINED : ChangeKind.DATES_CHANGED;
      add(kind, record, subject, "period", before + "/period", after + "/period", old.toString(), now.toString());
    }

    /**
     * The end was open (ongoing) and is now known, from a start that may be the same. An end that was
     * only unrecorded and is now known is a refinement, not an ending.
     */
    private static boolean endKnownNow(Period old, Period now) {
      return old.getEndKind() == Period.BoundKind.OPEN && now.getEndKind() == Period.BoundKind.KNOWN
          && Period.of(old.getStartKind(), old.getStart().orElse(null), Period.BoundKind.UNKNOWN, null)
              .agreesWith(Period.of(now.getStartKind(), now.getStart().orElse(null), Period.BoundKind.UNKNOWN, null));
    }

    /**
     * Diffs two lists of records: pairs them, reports the unpaired ones and compares the pairs.
     */
    <T> int[] records(List<T> olds, List<T> news, String beforeBase, String afterBase, RecordKind record,
        ChangeKind addedKind, ChangeKind removedKind, Function<T, String> subject, Pair<T> compare,
        int[] pairs) {
      for (int i = 0; i < olds.size(); i++) {
        if (pairs[i] < 0) {
          removed(removedKind, record, subject.apply(olds.get(i)), beforeBase + "/" + i);
        } else {
          compare.compare(olds.get(i), news.get(pairs[i]), beforeBase + "/" + i, afterBase + "/" + pairs[i]);
        }
      }
      boolean[] taken = paired(pairs, news.size());
      for (int j = 0; j < news.size(); j++) {
        if (!taken[j]) {
          added(addedKind, record, subject.apply(news.get(j)), afterBase + "/" + j);
        }
      }
      return pairs;
    }

    interface Pair<T> {
      void compare(T old, T now, String before, String after);
    }

    // ---- the document ----

    void document(Document old, Document now) {
      RecordKind d = RecordKind.DOCUMENT;
      value(d, "document", "schemaVersion", "", "", old.getSchemaVersion(), now.getSchemaVersion());
      value(ChangeKind.VALUE_CHANGED, d, "document", "title", "", "", old.getTitle(), now.getTitle());
      value(ChangeKind.VALUE_CHANGED, d, "document", "asOf", "", "", old.getAsOf(), now.getAsOf());
      records(old.getSources(), now.getSources(), "/sources", "/sources", RecordKind.SOURCE, ChangeKind.ADDED,
          ChangeKind.REMOVED, s -> "source " + s.getId(), this::source,
          pair(old.getSources(), now.getSources(), Source::getId, (a, b) -> a.getId().equals(b.getId())));
      records(old.getStates(), now.getStates(), "/states", "/states", RecordKind.STATE, ChangeKind.ADDED,
          ChangeKind.REMOVED, s -> "State " + s.getCode(), this::state,
          pair(old.getStates(), now.getStates(), State::getCode, (a, b) -> a.getCode().equals(b.getCode())));
      records(old.getOrganizations(), now.getOrganizations(), "/organizations", "/organizations",
          RecordKind.ORGANIZATION, ChangeKind.ADDED, ChangeKind.REMOVED, o -> "organization " + o.getId(),
          this::organization, pair(old.getOrganizations(), now.getOrganizations(), Organization::getId, (a, b) -> a.getId().equals(b.getId())));
      records(old.getFrameworks(), now.getFrameworks(), "/frameworks", "/frameworks", RecordKind.FRAMEWORK,
          ChangeKind.ADDED, ChangeKind.REMOVED, f -> "framework " + f.getId(), this::framework,
          pair(old.getFrameworks(), now.getFrameworks(), Framework::getId, (a, b) -> a.getId().equals(b.getId())));
      records(old.getPeople(), now.getPeople(), "/people", "/people", RecordKind.PERSON, ChangeKind.ADDED,
          ChangeKind.REMOVED, p -> "person " + p.getId(), this::person,
          pair(old.getPeople(), now.getPeople(), Person::getId, (a, b) -> a.getId().equals(b.getId())));
      records(old.getProcesses(), now.getProcesses(), "/processes", "/processes", RecordKind.PROCESS,
          ChangeKind.ADDED, ChangeKind.REMOVED, p -> "process " + p.getId(), this::process,
          pair(old.getProcesses(), now.getProcesses(), ConsultativeProcess::getId, (a, b) -> a.getId().equals(b.getId())));
    }

    void source(Source old, Source now, String before, String after) {
      String subject = "source " + now.getId();
      RecordKind r = RecordKind.SOURCE;
      value(ChangeKind.VALUE_CHANGED, r, subject, "publisher", before, after, old.getPublisher(), now.getPublisher());
      value(r, subject, "title", before, after, old.getTitle(), now.getTitle());
      value(ChangeKind.VALUE_CHANGED, r, subject, "url", before, after, old.getUrl(), now.getUrl());
      date(r, subject, "published", before, after, old.getPublished(), now.getPublished());
    }

    void state(State old, State now, String before, String after) {
      String subject = "State " + now.getCode();
      RecordKind r = RecordKind.STATE;
      value(ChangeKind.NAME_CHANGED, r, subject, "name", before, after, Optional.of(old.getName()),
          Optional.of(now.getName()));
      set(r, subject, "formerNames", before, after, old.getFormerNames(), now.getFormerNames());
      citations(r, subject, before, after, old.getSources(), now.getSources());
    }

    void organization(Organization old, Organization now, String before, String after) {
      String subject = "organization " + now.getId();
      RecordKind r = RecordKind.ORGANIZATION;
      value(ChangeKind.NAME_CHANGED, r, subject, "name", before, after, Optional.of(old.getName()),
          Optional.of(now.getName()));
      value(ChangeKind.VALUE_CHANGED, r, subject, "acronym", before, after, old.getAcronym(), now.getAcronym());
      value(ChangeKind.VALUE_CHANGED, r, subject, "kind", before, after, old.getKind(), now.getKind());
      date(r, subject, "founded", before, after, old.getFounded(), now.getFounded());
      value(ChangeKind.VALUE_CHANGED, r, subject, "parent", before, after, old.getParent(), now.getParent());
      set(r, subject, "formerNames", before, after, old.getFormerNames(), now.getFormerNames());
      figures(old.getFigures(), now.getFigures(), before + "/figures", after + "/figures", " of " + now.getId());
      citations(r, subject, before, after, old.getSources(), now.getSources());
    }

    void framework(Framework old, Framework now, String before, String after) {
      String subject = "framework " + now.getId();
      RecordKind r = RecordKind.FRAMEWORK;
      value(ChangeKind.NAME_CHANGED, r, subject, "name", before, after, Optional.of(old.getName()),
          Optional.of(now.getName()));
      value(ChangeKind.VALUE_CHANGED, r, subject, "acronym", before, after, old.getAcronym(), now.getAcronym());
      date(r, subject, "adopted", before, after, old.getAdopted(), now.getAdopted());
      citations(r, subject, before, after, old.getSources(), now.getSources());
    }

    void person(Person old, Person now, String before, String after) {
      String subject = "person " + now.getId();
      RecordKind r = RecordKind.PERSON;
      value(ChangeKind.NAME_CHANGED, r, subject, "name", before, after, Optional.of(old.getName()),
          Optional.of(now.getName()));
      set(r, subject, "posts", before, after, old.getPosts(), now.getPosts());
      citations(r, subject, before, after, old.getSources(), now.getSources());
    }

    // ---- a process ----

    void process(ConsultativeProcess old, ConsultativeProcess now, String before, String after) {
      String id = now.getId();
      String subject = "process " + id;
      RecordKind r = RecordKind.PROCESS;
      value(ChangeKind.NAME_CHANGED, r, subject, "name", before, after, Optional.of(old.getName()),
          Optional.of(now.getName()));
      value(ChangeKind.VALUE_CHANGED, r, subject, "acronym", before, after, old.getAcronym(), now.getAcronym());
      value(r, subject, "kind", before, after, old.getKind(), now.getKind());
      set(r, subject, "classifications", before, after, old.getClassifications(), now.getClassifications());
      date(r, subject, "established", before, after, old.getEstablished(), now.getEstablished());
      value(ChangeKind.VALUE_CHANGED, r, subject, "region", before, after, old.getRegion(), now.getRegion());
      value(ChangeKind.VALUE_CHANGED, r, subject, "purpose", before, after, old.getPurpose(), now.getPurpose());
      value(r, subject, "membershipRule", before, after, old.getMembershipRule(), now.getMembershipRule());
      value(r, subject, "chairingRule", before, after, old.getChairingRule(), now.getChairingRule());
      set(r, subject, "frameworks", before, after, old.getFrameworks(), now.getFrameworks());
      citations(r, subject, before, after, old.getSources(), now.getSources());
      String in = " in " + id;
      participations(old.getParticipations(), now.getParticipations(), before + "/participations",
          after + "/participations", in);
      chairs(old.getChairs(), now.getChairs(), before + "/chairs", after + "/chairs", in);
      int[] meetingPairs = meetings(old.getMeetings(), now.getMeetings(), before + "/meetings", after + "/meetings", in);
      java.util.Map<String, String> meetingIds = new java.util.HashMap<>();
      for (int i = 0; i < meetingPairs.length; i++) {
        if (meetingPairs[i] >= 0) {
          meetingIds.put(old.getMeetings().get(i).getId(), now.getMeetings().get(meetingPairs[i]).getId());
        }
      }
      declarations(old.getDeclarations(), now.getDeclarations(), before + "/declarations", after + "/declarations",
          in, meetingIds);
      figures(old.getFigures(), now.getFigures(), before + "/figures", after + "/figures", in);
    }

    void participations(List<Participation> olds, List<Participation> news, String before, String after, String in) {
      int[] pairs = pair(olds, news, Participation::getParticipant, Differ::sameParticipation, Facts::agree, Facts::sameFact);
      records(olds, news, before, after, RecordKind.PARTICIPATION, ChangeKind.JOINED, ChangeKind.LEFT,
          p -> RecordText.of(p) + in, (old, now, b, a) -> {
            String subject = now.getParticipant() + " as " + now.getRole() + in;
            RecordKind r = RecordKind.PARTICIPATION;
            if (old.getRole() != now.getRole()) {
              add(ChangeKind.ROLE_CHANGED, r, subject, "role", b + "/role", a + "/role", old.getRole().toString(),
                  now.getRole().toString());
            }
            if (!old.span().equals(now.span())) {
              ChangeKind kind = endKnownNow(old.getPeriod().orElse(Period.unknown()), now.getPeriod().orElse(Period.unknown()))
                  ? ChangeKind.LEFT : Facts.refines(Participation.builder().from(now).role(old.getRole()).build(), old) ? ChangeKind.DATES_REFINED : ChangeKind.DATES_CHANGED;
              String attribute = old.getPeriod().equals(now.getPeriod()) ? "asOf" : "period";
              add(kind, r, subject, attribute, pointer(b, attribute, old.getPeriod().isPresent() || attribute.equals("asOf") && old.getAsOf().isPresent()),
                  pointer(a, attribute, now.getPeriod().isPresent() || attribute.equals("asOf") && now.getAsOf().isPresent()),
                  blankToNull(RecordText.spanOf(old)), blankToNull(RecordText.spanOf(now)));
            }
            citations(r, subject, b, a, old.getSources(), now.getSources());
          }, pairs);
    }

    private static String pointer(String record, String attribute, boolean present) {
      return present ? record + "/" + attribute : record;
    }

    private static String blankToNull(String s) {
      return s.isEmpty() ? null : s;
    }

    static boolean sameParticipation(Participation a, Participation b) {
      return a.getParticipant().equals(b.getParticipant()) && a.getRole() == b.getRole()
          && a.getPeriod().equals(b.getPeriod()) && a.getAsOf().equals(b.getAsOf());
    }

    void chairs(List<Chairmanship> olds, List<Chairmanship> news, String before, String after, String in) {
      int[] pairs = pair(olds, news, c -> Set.copyOf(c.getChairs()), Differ::sameTerm, Facts::agree, Facts::sameFact);
      records(olds, news, before, after, RecordKind.CHAIR_TERM, ChangeKind.ADDED, ChangeKind.REMOVED,
          c -> RecordText.of(c) + in, (old, now, b, a) -> {
            String subject = "chair term of " + RecordText.chairs(now) + " " + old.getPeriod() + in;
            RecordKind r = RecordKind.CHAIR_TERM;
            value(ChangeKind.STATUS_CHANGED, r, subject, "status", b, a, old.getStatus(), now.getStatus());
            period(r, ChangeKind.TERM_ENDED, subject, b, a, old.getPeriod(), now.getPeriod());
            value(ChangeKind.VALUE_CHANGED, r, subject, "coChair", b, a, old.getCoChair(), now.getCoChair());
            if (!old.getChairs().equals(now.getChairs())) {
              add(ChangeKind.VALUE_CHANGED, r, subject, "chairs", b + "/chairs", a + "/chairs", old.getChairs().toString(),
                  now.getChairs().toString());
            }
            citations(r, subject, b, a, old.getSources(), now.getSources());
          }, pairs);
    }

    static boolean sameTerm(Chairmanship a, Chairmanship b) {
      return a.getChairs().equals(b.getChairs()) && a.getPeriod().equals(b.getPeriod())
          && a.getStatus().equals(b.getStatus()) && a.getCoChair().equals(b.getCoChair());
    }

    int[] meetings(List<Meeting> olds, List<Meeting> news, String before, String after, String in) {
      int[] pairs = pair(olds, news, (x, y) -> x.getId().equals(y.getId()), Facts::agree, Facts::sameFact);
      records(olds, news, before, after, RecordKind.MEETING, ChangeKind.ADDED, ChangeKind.REMOVED,
          m -> RecordText.of(m) + in, (old, now, b, a) -> {
            String subject = "meeting " + now.getId() + in;
            RecordKind r = RecordKind.MEETING;
            value(r, subject, "id", b, a, old.getId(), now.getId());
            value(ChangeKind.VALUE_CHANGED, r, subject, "name", b, a, old.getName(), now.getName());
            value(r, subject, "level", b, a, old.getLevel(), now.getLevel());
            value(ChangeKind.VALUE_CHANGED, r, subject, "ordinal", b, a, old.getOrdinal(), now.getOrdinal());
            value(ChangeKind.VALUE_CHANGED, r, subject, "host", b, a, old.getHost(), now.getHost());
            value(ChangeKind.VALUE_CHANGED, r, subject, "city", b, a, old.getCity(), now.getCity());
            period(r, ChangeKind.DATES_CHANGED, subject, b, a, old.getPeriod(), now.getPeriod());
            citations(r, subject, b, a, old.getSources(), now.getSources());
          }, pairs);
      return pairs;
    }

    void declarations(List<Declaration> olds, List<Declaration> news, String before, String after, String in,
        java.util.Map<String, String> meetingIds) {
      // The old snapshot's meeting ids, translated to the new snapshot's where the meetings were paired.
      List<Declaration> translated = olds.stream().map(d -> d.getMeeting().isPresent()
          && meetingIds.containsKey(d.getMeeting().get())
          ? Declaration.builder().from(d).meeting(meetingIds.get(d.getMeeting().get())).build() : d).toList();
      int[] pairs = pair(translated, news, (x, y) -> x.getId().equals(y.getId()), Facts::sameFact);
      records(translated, news, before, after, RecordKind.DECLARATION, ChangeKind.ADDED, ChangeKind.REMOVED,
          d -> RecordText.of(d) + in, (old, now, b, a) -> {
            String subject = "declaration " + now.getId() + in;
            RecordKind r = RecordKind.DECLARATION;
            value(r, subject, "id", b, a, old.getId(), now.getId());
            value(r, subject, "title", b, a, old.getTitle(), now.getTitle());
            date(r, subject, "adopted", b, a, Optional.of(old.getAdopted()), Optional.of(now.getAdopted()));
            value(ChangeKind.VALUE_CHANGED, r, subject, "meeting", b, a, old.getMeeting(), now.getMeeting());
            set(r, subject, "adopters", b, a, old.getAdopters(), now.getAdopters());
            set(r, subject, "themes", b, a, old.getThemes(), now.getThemes());
            set(r, subject, "frameworks", b, a, old.getFrameworks(), now.getFrameworks());
            citations(r, subject, b, a, old.getSources(), now.getSources());
          }, pairs);
    }

    void figures(List<MigrationFigure> olds, List<MigrationFigure> news, String before, String after, String in) {
      int[] pairs = pair(olds, news, f -> f.getMetric() + '\u0000' + f.getScope(), Differ::sameFigure, Facts::agree, Facts::sameFact,
          Differ::undatedFigure);
      records(olds, news, before, after, RecordKind.FIGURE, ChangeKind.ADDED, ChangeKind.REMOVED,
          f -> RecordText.of(f) + in, (old, now, b, a) -> {
            String subject = "figure " + now.getMetric() + " (" + now.getScope() + ")" + in;
            RecordKind r = RecordKind.FIGURE;
            if (old.getValue().compareTo(now.getValue()) != 0) {
              add(ChangeKind.VALUE_CHANGED, r, subject, "value", b + "/value", a + "/value",
                  old.getValue().toPlainString(), now.getValue().toPlainString());
            }
            value(r, subject, "approximation", b, a, old.getApproximation(), now.getApproximation());
            date(r, subject, "referenceDate", b, a, old.getReferenceDate(), now.getReferenceDate());
            citations(r, subject, b, a, old.getSources(), now.getSources());
          }, pairs);
    }

    static boolean sameFigure(MigrationFigure a, MigrationFigure b) {
      return a.getMetric().equals(b.getMetric()) && a.getScope() == b.getScope()
          && a.getValue().compareTo(b.getValue()) == 0 && a.getApproximation() == b.getApproximation()
          && a.getReferenceDate().equals(b.getReferenceDate());
    }

    /** Same metric and scope where at least one has no reference date, or the dates agree. */
    static boolean undatedFigure(MigrationFigure a, MigrationFigure b) {
      return a.getMetric().equals(b.getMetric()) && a.getScope() == b.getScope()
          && (a.getReferenceDate().isEmpty() || b.getReferenceDate().isEmpty()
              || Facts.agree(a.getReferenceDate().get(), b.getReferenceDate().get()));
    }
  }

}
