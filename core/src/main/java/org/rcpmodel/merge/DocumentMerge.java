package org.rcpmodel.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Classification;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.Facts;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.diff.RecordKind;
import org.rcpmodel.diff.RecordText;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * Merges documents from several sources into one record that holds them all, with every
 * disagreement visible.
 *
 * <p><b>Matching.</b> Entities are matched across inputs by what identifies them: States by code;
 * sources, organizations, frameworks, people and processes by id, checked against their names (a
 * source's title or URL, an organization's, framework's or process's name or acronym, a person's
 * name, compared ignoring case, accents and runs of white space); chair terms, participations and
 * figures by {@link Facts}; meetings by id or by {@link Facts#sameFact(Meeting, Meeting)} (process,
 * level and ordinal, or host and date); declarations by {@link Facts#sameFact(Declaration,
 * Declaration)} (process, meeting and date; never by title alone).
 *
 * <p><b>Agreement.</b> Records of one fact that {@linkplain Facts agree} become one record citing
 * every source that states it (the union of their source lists, in input order) and keeping the most
 * precise dates: the record that {@linkplain Facts#refines refines} the others, or, where each is more
 * precise at one end ({@code 2013/2016-11} and {@code 2013-06/2016}), the record built from the more
 * precise end of each, kept only if it refines both. Records that disagree (or agree but cannot be
 * written as one record without losing what one states, such as two different as-of dates) stay side
 * by side, each with its own sources, so that a validator reports them as {@code fact.conflict}.
 * Records within one input are never merged with one another: a merge joins sources, it does not
 * clean a document. Where one record is kept for values the inputs state differently and one record
 * cannot hold both (a State's name, an organization's founding date that disagrees), the first
 * input's value is kept and the other is stated in {@link MergedRecord#notes()}; where a process's
 * kind differs, each kind is kept as a {@link Classification} citing the sources of its input.
 *
 * <p><b>Id collisions.</b> Two inputs that use one id for different things (an id {@code iom} naming
 * two different bodies; a meeting id naming two meetings that disagree) are never joined. Under
 * {@link OnIdCollision#RENAME} the later input's record gets a new id ({@code iom-2}: the old id, a
 * hyphen and the input's number from 1, made unique) and every reference to it in that input follows;
 * each rename is reported in {@link MergeResult#renames()}. Under {@link OnIdCollision#REFUSE} the
 * merge throws {@link IdCollisionException} and produces nothing.
 *
 * <p><b>Nothing is lost.</b> Every record of every input is in the output or stated, in
 * {@link MergeResult#records()}, as merged into one that is. The merged document's as-of date is the
 * latest of the inputs'; its title the first input's that has one.
 *
 * <p>The merge of one document, and of a document with itself, is that document. For inputs that
 * each state a fact at most once, {@code merge(a, b)} and {@code merge(b, a)} hold the same records
 * (their lists may differ in order); where an input states one fact twice, which of its records
 * joins another input's may depend on their order.
 *
 * <p>Stateless and thread-safe; the inputs are not modified. Records of one kind are compared pairwise
 * within a process, so the time grows with the square of the number of records of one kind.
 */
public final class DocumentMerge {

  /** What to do when two inputs use one id for different things. */
  public enum OnIdCollision {
    /** Give the later input's record a new id and report it. */
    RENAME,
    /** Throw {@link IdCollisionException}. */
    REFUSE
  }

  private DocumentMerge() {}

  /**
   * Merges documents, renaming ids that collide.
   *
   * @param inputs the documents, in order; not null, not empty, no null element
   * @return the merged document and the account of its records
   * @throws NullPointerException if {@code inputs} or an element is null
   * @throws IllegalArgumentException if {@code inputs} is empty
   */
  public static MergeResult merge(List<Document> inputs) {
    return merge(inputs, OnIdCollision.RENAME);
  }

  /**
   * Merges documents.
   *
   * @param inputs the documents, in order; not null, not empty, no null element
   * @param onIdCollision what to do when two inputs use one id for different things; not null
   * @return the merged document and the account of its records
   * @throws NullPointerException if an argument or an element of {@code inputs} is null
   * @throws IllegalArgumentException if {@code inputs} is empty
   * @throws IdCollisionException under {@link OnIdCollision#REFUSE}, when two inputs use one id for
   *     different things
   */
  public static MergeResult merge(List<Document> inputs, OnIdCollision onIdCollision) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(onIdCollision, "onIdCollision");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge: no input documents");
    }
    Merger merger = new Merger(onIdCollision);
    for (int i = 0; i < inputs.size(); i++) {
      merger.add(i, Objects.requireNonNull(inputs.get(i), "inputs[" + i + "]"));
    }
    return merger.result();
  }

  /** Names compared as people read them: case, accents and runs of white space do not count. */
  static String normalized(String s) {
    String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static boolean sameText(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent() && normalized(a.get()).equals(normalized(b.get()));
  }

  static <T> List<T> union(List<T> a, List<T> b) {
    LinkedHashSet<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** One output record under construction: its value, the input records it holds, notes. */
  static final class Slot<T> {
    T value;
    final List<InputRecord> from = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    boolean renamed;

    Slot(T value, InputRecord first) {
      this.value = value;
      from.add(first);
    }

    boolean holds(int input) {
      for (InputRecord r : from) {
        if (r.input() == input) {
          return true;
        }
      }
      return false;
    }

    int firstInput() {
      return from.get(0).input();
    }
  }

  /**
   * The records of one kind under construction, in output order, indexed by the key no merge changes
   * (an id, a participant, a set of chairs): records with different keys never match, so a record is
   * compared only with those of its key, not with every record of its kind.
   */
  static final class Keyed<E> extends java.util.AbstractList<E> {
    private final List<E> all = new ArrayList<>();
    private final Map<Object, List<E>> byKey = new HashMap<>();
    private final Function<E, Object> key;

    Keyed(Function<E, Object> key) {
      this.key = key;
    }

    @Override
    public boolean add(E element) {
      all.add(element);
      byKey.computeIfAbsent(key.apply(element), k -> new ArrayList<>(1)).add(element);
      return true;
    }

    @Override
    public E get(int index) {
      return all.get(index);
    }

    @Override
    public int size() {
      return all.size();
    }

    /** The elements whose key is {@code k}, in output order. */
    List<E> withKey(Object k) {
      return byKey.getOrDefault(k, List.of());
    }
  }

  /** The key of a participation: its participant (a merge never changes it). */
  static Object participantKey(Slot<Participation> s) {
    return s.value.getParticipant();
  }

  static Object chairsKey(Slot<Chairmanship> s) {
    return Set.copyOf(s.value.getChairs());
  }

  static Object figureKey(Slot<MigrationFigure> s) {
    return s.value.getMetric() + '\u0000' + s.value.getScope();
  }

  static Object noKey(Object any) {
    return Boolean.TRUE;
  }

  static final class OrgSlot {
    final Slot<Organization> head;
    final Keyed<Slot<MigrationFigure>> figures = new Keyed<>(DocumentMerge::figureKey);

    OrgSlot(Slot<Organization> head) {
      this.head = head;
    }
  }

  static final class ProcessSlot {
    final Slot<ConsultativeProcess> head;
    final Keyed<Slot<Participation>> participations = new Keyed<>(DocumentMerge::participantKey);
    final Keyed<Slot<Chairmanship>> chairs = new Keyed<>(DocumentMerge::chairsKey);
    final Keyed<Slot<Meeting>> meetings = new Keyed<>(DocumentMerge::noKey);
    final Keyed<Slot<Declaration>> declarations = new Keyed<>(DocumentMerge::noKey);
    final Keyed<Slot<MigrationFigure>> figures = new Keyed<>(DocumentMerge::figureKey);

    ProcessSlot(Slot<ConsultativeProcess> head) {
      this.head = head;
    }
  }

  /** The ids of one input that must change, by kind. */
  static final class IdMap {
    final Map<String, String> sources = new HashMap<>();
    final Map<String, String> organizations = new HashMap<>();
    final Map<String, String> frameworks = new HashMap<>();
    final Map<String, String> processes = new HashMap<>();
    final Map<String, String> people = new HashMap<>();

    static String map(Map<String, String> ids, String id) {
      return ids.getOrDefault(id, id);
    }

    List<String> sources(List<String> ids) {
      return ids.stream().map(id -> map(sources, id)).toList();
    }

    List<String> frameworks(List<String> ids) {
      return ids.stream().map(id -> map(frameworks, id)).toList();
    }

    Participant participant(Participant p) {
      return p.getOrganization().isPresent() && organizations.containsKey(p.getOrganization().get())
          ? Participant.organization(organizations.get(p.getOrganization().get())) : p;
    }

    List<Participant> participants(List<Participant> ps) {
      return ps.stream().map(this::participant).toList();
    }

    boolean isEmpty() {
      return sources.isEmpty() && organizations.isEmpty() && frameworks.isEmpty() && processes.isEmpty()
          && people.isEmpty();
    }
  }

  private static final class Merger {
    final OnIdCollision onIdCollision;
    String title;
    int titleFrom;
    PartialDate asOf;
    /**
     * The highest format version among the inputs: a merge of 1.0 documents holds only what 1.0
     * can say and stays a 1.0 document; one 1.1 input makes the result 1.1.
     */
    String schemaVersion;
    int asOfFrom;
    final List<String> notes = new ArrayList<>();
    final List<Rename> renames = new ArrayList<>();
    final Keyed<Slot<Source>> sources = new Keyed<>(s -> s.value.getId());
    final Keyed<Slot<State>> states = new Keyed<>(s -> s.value.getCode());
    final Keyed<OrgSlot> organizations = new Keyed<>(o -> o.head.value.getId());
    final Keyed<Slot<Framework>> frameworks = new Keyed<>(s -> s.value.getId());
    final Keyed<ProcessSlot> processes = new Keyed<>(p -> p.head.value.getId());
    final Keyed<Slot<Person>> people = new Keyed<>(s -> s.value.getId());
    /** The input records renamed, for their outcome. */
    final Set<InputRecord> renamedRecords = new HashSet<>();

    Merger(OnIdCollision onIdCollision) {
      this.onIdCollision = onIdCollision;
    }

    // ---- ids ----

    /**
     * Decides, for each record of an input whose id an earlier input's record holds, whether they are
     * the same thing; records the new id of each that is not.
     */
    <T, S> void ids(int input, RecordKind kind, String base, List<T> records, Function<T, String> id,
        Keyed<S> slots, Function<S, Slot<T>> slotOf, BiPredicate<T, T> same, Function<T, String> name,
        Map<String, String> renamed) {
      Set<String> taken = new HashSet<>();
      for (S s : slots) {
        taken.add(id.apply(slotOf.apply(s).value));
      }
      for (T r : records) {
        taken.add(id.apply(r));
      }
      for (int k = 0; k < records.size(); k++) {
        T record = records.get(k);
        String recordId = id.apply(record);
        if (renamed.containsKey(recordId)) {
          continue;
        }
        for (S s : slots.withKey(recordId)) {
          Slot<T> slot = slotOf.apply(s);
          if (!slot.holds(input) && !same.test(slot.value, record)) {
            InputRecord here = new InputRecord(input, base + "/" + k);
            String reason = "'" + name.apply(record) + "' is not '" + name.apply(slot.value) + "' ("
                + slot.from.get(0) + ")";
            if (onIdCollision == OnIdCollision.REFUSE) {
              throw new IdCollisionException(kind, recordId, slot.from.get(0), here, reason);
            }
            // An earlier input may already have renamed this id for the same thing: join that record.
            String joined = null;
            for (Rename earlier : renames) {
              if (earlier.record() == kind && earlier.oldId().equals(recordId)) {
                for (S other : slots.withKey(earlier.newId())) {
                  Slot<T> candidate = slotOf.apply(other);
                  if (!candidate.holds(input) && id.apply(candidate.value).equals(earlier.newId())
                      && same.test(candidate.value, record)) {
                    joined = earlier.newId();
                  }
                }
              }
            }
            if (joined != null) {
              renamed.put(recordId, joined);
              rename(new Rename(kind, here, recordId, joined, reason + "; joins the record renamed '" + joined + "'"));
              break;
            }
            String fresh = fresh(recordId, input, taken);
            renamed.put(recordId, fresh);
            rename(new Rename(kind, here, recordId, fresh, reason));
            break;
          }
        }
      }
    }

    void rename(Rename r) {
      renames.add(r);
      renamedRecords.add(r.from());
    }

    static String fresh(String id, int input, Set<String> taken) {
      String candidate = id + "-" + (input + 1);
      for (int n = 2; taken.contains(candidate); n++) {
        candidate = id + "-" + (input + 1) + "-" + n;
      }
      taken.add(candidate);
      return candidate;
    }

    static boolean sameSource(Source a, Source b) {
      return sameText(Optional.of(a.getTitle()), Optional.of(b.getTitle()))
          || a.getUrl().isPresent() && a.getUrl().equals(b.getUrl());
    }

    static boolean sameBody(Organization a, Organization b) {
      return sameText(Optional.of(a.getName()), Optional.of(b.getName())) || sameText(a.getAcronym(), b.getAcronym());
    }

    static boolean sameFramework(Framework a, Framework b) {
      return sameText(Optional.of(a.getName()), Optional.of(b.getName())) || sameText(a.getAcronym(), b.getAcronym());
    }

    static boolean sameProcess(ConsultativeProcess a, ConsultativeProcess b) {
      return sameText(Optional.of(a.getName()), Optional.of(b.getName())) || sameText(a.getAcronym(), b.getAcronym());
    }

    static boolean samePerson(Person a, Person b) {
      return sameText(Optional.of(a.getName()), Optional.of(b.getName()));
    }

    /** Whether version {@code a} ("major.minor") is newer than {@code b}; unparsable parts count as 0. */
    static boolean newerVersion(String a, String b) {
      String[] x = a.split("\\.", 2);
      String[] y = b.split("\\.", 2);
      for (int i = 0; i < 2; i++) {
        long u = i < x.length ? number(x[i]) : 0;
        long v = i < y.length ? number(y[i]) : 0;
        if (u != v) {
          return u > v;
        }
      }
      return false;
    }

    private static long number(String digits) {
      try {
        return Long.parseLong(digits);
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    // ---- one input ----

    void add(int input, Document doc) {
      IdMap ids = new IdMap();
      ids(input, RecordKind.SOURCE, "/sources", doc.getSources(), Source::getId, sources, s -> s,
          Merger::sameSource, Source::getTitle, ids.sources);
      ids(input, RecordKind.ORGANIZATION, "/organizations", doc.getOrganizations(), Organization::getId,
          organizations, o -> o.head, Merger::sameBody, Organization::getName, ids.organizations);
      ids(input, RecordKind.FRAMEWORK, "/frameworks", doc.getFrameworks(), Framework::getId, frameworks, f -> f,
          Merger::sameFramework, Framework::getName, ids.frameworks);
      ids(input, RecordKind.PROCESS, "/processes", doc.getProcesses(), ConsultativeProcess::getId, processes,
          p -> p.head, Merger::sameProcess, ConsultativeProcess::getName, ids.processes);
      ids(input, RecordKind.PERSON, "/people", doc.getPeople(), Person::getId, people, p -> p, Merger::samePerson,
          Person::getName, ids.people);
      Document d = ids.isEmpty() ? doc : Rewrite.document(doc, ids);

      if (schemaVersion == null || newerVersion(d.getSchemaVersion(), schemaVersion)) {
        schemaVersion = d.getSchemaVersion();
      }
      if (d.getTitle().isPresent()) {
        if (title == null) {
          title = d.getTitle().get();
          titleFrom = input;
        } else if (!title.equals(d.getTitle().get())) {
          notes.add("title: input " + (input + 1) + " states '" + d.getTitle().get() + "'; kept '" + title
              + "' (input " + (titleFrom + 1) + ")");
        }
      }
      if (d.getAsOf().isPresent()) {
        PartialDate date = d.getAsOf().get();
        if (asOf == null) {
          asOf = date;
          asOfFrom = input;
        } else if (!asOf.equals(date)) {
          int byLatestDay = date.latestDay().compareTo(asOf.latestDay());
          boolean later = byLatestDay > 0 || byLatestDay == 0 && date.earliestDay().isAfter(asOf.earliestDay());
          PartialDate kept = later ? date : asOf;
          PartialDate other = later ? asOf : date;
          notes.add("asOf: kept the latest, " + kept + " (input " + ((later ? input : asOfFrom) + 1) + "); input "
              + ((later ? asOfFrom : input) + 1) + " states " + other);
          if (later) {
            asOf = date;
            asOfFrom = input;
          }
        }
      }
      for (int k = 0; k < d.getSources().size(); k++) {
        source(input, k, d.getSources().get(k));
      }
      for (int k = 0; k < d.getStates().size(); k++) {
        state(input, k, d.getStates().get(k));
      }
      for (int k = 0; k < d.getOrganizations().size(); k++) {
        organization(input, k, d.getOrganizations().get(k), ids);
      }
      for (int k = 0; k < d.getFrameworks().size(); k++) {
        framework(input, k, d.getFrameworks().get(k), ids);
      }
      for (int k = 0; k < d.getProcesses().size(); k++) {
        process(input, k, d.getProcesses().get(k), ids);
      }
      for (int k = 0; k < d.getPeople().size(); k++) {
        person(input, k, d.getPeople().get(k), ids);
      }
    }

    /** The slot of an earlier input holding the same id, or null. */
    static <T> Slot<T> byId(Keyed<Slot<T>> slots, int input, String wanted) {
      for (Slot<T> slot : slots.withKey(wanted)) {
        if (!slot.holds(input)) {
          return slot;
        }
      }
      return null;
    }

    static <T> Slot<T> append(Keyed<Slot<T>> slots, T value, int input, String pointer, boolean renamed) {
      Slot<T> slot = new Slot<>(value, new InputRecord(input, pointer));
      slot.renamed = renamed;
      slots.add(slot);
      return slot;
    }

    /** Notes a single value the inputs state differently; the kept one stays. */
    static <T> void note(Slot<?> slot, String attribute, int input, Optional<T> kept, Optional<T> other) {
      if (kept.isPresent() && other.isPresent() && !kept.equals(other)) {
        slot.notes.add(attribute + ": input " + (input + 1) + " states '" + other.get() + "'; kept '" + kept.get()
            + "' (input " + (slot.firstInput() + 1) + ")");
      }
    }

    static <T> Optional<T> either(Optional<T> kept, Optional<T> other) {
      return kept.isPresent() ? kept : other;
    }

    /** The more precise of two dates that agree; otherwise the kept one, noting the other. */
    static Optional<PartialDate> date(Slot<?> slot, String attribute, int input, Optional<PartialDate> kept,
        Optional<PartialDate> other) {
      if (kept.isEmpty() || other.isEmpty()) {
        return either(kept, other);
      }
      if (Facts.agree(kept.get(), other.get())) {
        return Facts.refines(other.get(), kept.get()) ? other : kept;
      }
      note(slot, attribute, input, kept, other);
      return kept;
    }

    void source(int input, int k, Source s) {
      Slot<Source> slot = byId(sources, input, s.getId());
      if (slot == null) {
        append(sources, s, input, "/sources/" + k, renamedId(RecordKind.SOURCE, input, "/sources/" + k));
        return;
      }
      Source kept = slot.value;
      note(slot, "publisher", input, kept.getPublisher(), s.getPublisher());
      note(slot, "title", input, Optional.of(kept.getTitle()), Optional.of(s.getTitle()));
      note(slot, "url", input, kept.getUrl(), s.getUrl());
      slot.value = Source.builder().from(kept).publisher(either(kept.getPublisher(), s.getPublisher()))
          .url(either(kept.getUrl(), s.getUrl()))
          .published(date(slot, "published", input, kept.getPublished(), s.getPublished())).build();
      slot.from.add(new InputRecord(input, "/sources/" + k));
    }

    boolean renamedId(RecordKind kind, int input, String pointer) {
      return renamedRecords.contains(new InputRecord(input, pointer));
    }

    void state(int input, int k, State s) {
      Slot<State> slot = byId(states, input, s.getCode());
      if (slot == null) {
        append(states, s, input, "/states/" + k, false);
        return;
      }
      State kept = slot.value;
      note(slot, "name", input, Optional.of(kept.getName()), Optional.of(s.getName()));
      slot.value = State.builder().from(kept).formerNames(union(kept.getFormerNames(), s.getFormerNames()))
          .sources(union(kept.getSources(), s.getSources())).build();
      slot.from.add(new InputRecord(input, "/states/" + k));
    }

    void organization(int input, int k, Organization o, IdMap ids) {
      String at = "/organizations/" + k;
      OrgSlot target = null;
      for (OrgSlot candidate : organizations.withKey(o.getId())) {
        if (!candidate.head.holds(input)) {
          target = candidate;
          break;
        }
      }
      Organization head = Organization.builder().from(o).figures(List.of()).build();
      if (target == null) {
        target = new OrgSlot(new Slot<>(head, new InputRecord(input, at)));
        target.head.renamed = renamedId(RecordKind.ORGANIZATION, input, at);
        organizations.add(target);
      } else {
        Slot<Organization> slot = target.head;
        Organization kept = slot.value;
        note(slot, "name", input, Optional.of(kept.getName()), Optional.of(o.getName()));
        note(slot, "acronym", input, kept.getAcronym(), o.getAcronym());
        note(slot, "kind", input, kept.getKind(), o.getKind());
        note(slot, "parent", input, kept.getParent(), o.getParent());
        slot.value = Organization.builder().from(kept).acronym(either(kept.getAcronym(), o.getAcronym()))
            .kind(either(kept.getKind(), o.getKind())).parent(either(kept.getParent(), o.getParent()))
            .founded(date(slot, "founded", input, kept.getFounded(), o.getFounded()))
            .formerNames(union(kept.getFormerNames(), o.getFormerNames()))
            .otherNames(union(kept.getOtherNames(), o.getOtherNames()))
            .notes(union(kept.getNotes(), o.getNotes()))
            .sources(union(kept.getSources(), o.getSources())).build();
        slot.from.add(new InputRecord(input, at));
      }
      for (int f = 0; f < o.getFigures().size(); f++) {
        figure(target.figures, input, at + "/figures/" + f, o.getFigures().get(f));
      }
    }

    void framework(int input, int k, Framework fw, IdMap ids) {
      String at = "/frameworks/" + k;
      Slot<Framework> slot = byId(frameworks, input, fw.getId());
      if (slot == null) {
        append(frameworks, fw, input, at, renamedId(RecordKind.FRAMEWORK, input, at));
        return;
      }
      Framework kept = slot.value;
      note(slot, "name", input, Optional.of(kept.getName()), Optional.of(fw.getName()));
      note(slot, "acronym", input, kept.getAcronym(), fw.getAcronym());
      slot.value = Framework.builder().from(kept).acronym(either(kept.getAcronym(), fw.getAcronym()))
          .adopted(date(slot, "adopted", input, kept.getAdopted(), fw.getAdopted()))
          .sources(union(kept.getSources(), fw.getSources())).build();
      slot.from.add(new InputRecord(input, at));
    }

    void person(int input, int k, Person p, IdMap ids) {
      String at = "/people/" + k;
      Slot<Person> slot = byId(people, input, p.getId());
      if (slot == null) {
        append(people, p, input, at, renamedId(RecordKind.PERSON, input, at));
        return;
      }
      Person kept = slot.value;
      note(slot, "name", input, Optional.of(kept.getName()), Optional.of(p.getName()));
      List<Post> posts = new ArrayList<>(kept.getPosts());
      for (Post post : p.getPosts()) {
        int same = -1;
        for (int j = 0; j < posts.size(); j++) {
          Post q = posts.get(j);
          if (q.getTitle().equals(post.getTitle()) && q.getOrganization().equals(post.getOrganization())
              && q.getState().equals(post.getState()) && q.getPeriod().equals(post.getPeriod())) {
            same = j;
            break;
          }
        }
        if (same < 0) {
          posts.add(post);
        } else {
          posts.set(same, Post.builder().from(posts.get(same))
              .sources(union(posts.get(same).getSources(), post.getSources())).build());
        }
      }
      slot.value = Person.builder().from(kept).posts(posts).sources(union(kept.getSources(), p.getSources())).build();
      slot.from.add(new InputRecord(input, at));
    }

    // ---- a process ----

    void process(int input, int k, ConsultativeProcess p, IdMap ids) {
      String at = "/processes/" + k;
      ProcessSlot target = null;
      for (ProcessSlot candidate : processes.withKey(p.getId())) {
        if (!candidate.head.holds(input)) {
          target = candidate;
          break;
        }
      }
      ConsultativeProcess head = ConsultativeProcess.builder().from(p).participations(List.of()).chairs(List.of())
          .meetings(List.of()).declarations(List.of()).figures(List.of()).build();
      if (target == null) {
        target = new ProcessSlot(new Slot<>(head, new InputRecord(input, at)));
        target.head.renamed = renamedId(RecordKind.PROCESS, input, at);
        processes.add(target);
      } else {
        Slot<ConsultativeProcess> slot = target.head;
        ConsultativeProcess kept = slot.value;
        note(slot, "name", input, Optional.of(kept.getName()), Optional.of(p.getName()));
        note(slot, "acronym", input, kept.getAcronym(), p.getAcronym());
        note(slot, "region", input, kept.getRegion(), p.getRegion());
        note(slot, "purpose", input, kept.getPurpose(), p.getPurpose());
        // A rule equal to the default is what a record that states no rule gets: the other input's rule wins.
        MembershipRule membershipRule = kept.getMembershipRule().equals(MembershipRule.statesOnly())
            ? p.getMembershipRule() : kept.getMembershipRule();
        if (!p.getMembershipRule().equals(MembershipRule.statesOnly())) {
          note(slot, "membershipRule", input, Optional.of(membershipRule), Optional.of(p.getMembershipRule()));
        }
        ChairingRule chairingRule = kept.getChairingRule().equals(ChairingRule.singleChair())
            ? p.getChairingRule() : kept.getChairingRule();
        if (!p.getChairingRule().equals(ChairingRule.singleChair())) {
          note(slot, "chairingRule", input, Optional.of(chairingRule), Optional.of(p.getChairingRule()));
        }
        List<Classification> classifications = new ArrayList<>(kept.getClassifications());
        if (kept.getKind() != p.getKind()) {
          // The model's way to hold sources that classify a process differently: one classification each.
          if (classifications.stream().noneMatch(c -> c.getKind() == kept.getKind())) {
            classifications.add(Classification.builder().kind(kept.getKind()).sources(kept.getSources()).build());
          }
          if (p.getClassifications().stream().noneMatch(c -> c.getKind() == p.getKind())) {
            classifications.add(Classification.builder().kind(p.getKind()).sources(p.getSources()).build());
          }
          slot.notes.add("kind: input " + (input + 1) + " states " + p.getKind() + "; kept " + kept.getKind()
              + " (input " + (slot.firstInput() + 1) + "), each kind recorded as a classification");
        }
        for (Classification c : p.getClassifications()) {
          int same = -1;
          for (int j = 0; j < classifications.size(); j++) {
            if (classifications.get(j).getKind() == c.getKind()) {
              same = j;
              break;
            }
          }
          if (same < 0) {
            classifications.add(c);
          } else {
            Classification q = classifications.get(same);
            classifications.set(same, Classification.builder().from(q).sources(union(q.getSources(), c.getSources())).build());
          }
        }
        slot.value = ConsultativeProcess.builder().from(kept).acronym(either(kept.getAcronym(), p.getAcronym()))
            .membershipRule(membershipRule).chairingRule(chairingRule).classifications(classifications)
            .established(date(slot, "established", input, kept.getEstablished(), p.getEstablished()))
            .region(either(kept.getRegion(), p.getRegion())).purpose(either(kept.getPurpose(), p.getPurpose()))
            .frameworks(union(kept.getFrameworks(), p.getFrameworks()))
            .sources(union(kept.getSources(), p.getSources()))
            // Format 1.1: every source's other names, statements, counts, groups, complete lists,
            // secretariat accounts and bodies are kept side by side (equal records once), as the
            // validator expects them: disagreeing statements or accounts are its fact.conflict.
            .otherNames(union(kept.getOtherNames(), p.getOtherNames()))
            .statements(union(kept.getStatements(), p.getStatements()))
            .participantCounts(union(kept.getParticipantCounts(), p.getParticipantCounts()))
            .groups(union(kept.getGroups(), p.getGroups()))
            .completeLists(union(kept.getCompleteLists(), p.getCompleteLists()))
            .secretariats(union(kept.getSecretariats(), p.getSecretariats()))
            .bodies(union(kept.getBodies(), p.getBodies()))
            .notes(union(kept.getNotes(), p.getNotes())).build();
        slot.from.add(new InputRecord(input, at));
      }
      for (int j = 0; j < p.getParticipations().size(); j++) {
        participation(target.participations, input, at + "/participations/" + j, p.getParticipations().get(j));
      }
      for (int j = 0; j < p.getChairs().size(); j++) {
        chair(target.chairs, input, at + "/chairs/" + j, p.getChairs().get(j));
      }
      Map<String, String> meetingIds = new HashMap<>();
      for (int j = 0; j < p.getMeetings().size(); j++) {
        meeting(target, input, at + "/meetings/" + j, p.getMeetings().get(j), meetingIds);
      }
      for (int j = 0; j < p.getDeclarations().size(); j++) {
        Declaration d = p.getDeclarations().get(j);
        if (d.getMeeting().isPresent() && meetingIds.containsKey(d.getMeeting().get())) {
          d = Declaration.builder().from(d).meeting(meetingIds.get(d.getMeeting().get())).build();
        }
        declaration(target, input, at + "/declarations/" + j, d);
      }
      for (int j = 0; j < p.getFigures().size(); j++) {
        figure(target.figures, input, at + "/figures/" + j, p.getFigures().get(j));
      }
    }

    /**
     * Folds one record into the slots of its kind: into the first slot of another input that holds an
     * equal record (apart from sources), else into the first whose record it can be merged with
     * ({@code merge} returns the one record, or null), else into a new slot.
     */
    static <T> Slot<T> fold(Keyed<Slot<T>> slots, int input, String pointer, T record, BiPredicate<T, T> equal,
        java.util.function.BinaryOperator<T> merge) {
      List<Slot<T>> candidates = slots.withKey(slots.key.apply(new Slot<>(record, new InputRecord(input, pointer))));
      for (Slot<T> slot : candidates) {
        if (!slot.holds(input) && equal.test(slot.value, record)) {
          slot.value = merge.apply(slot.value, record);
          slot.from.add(new InputRecord(input, pointer));
          return slot;
        }
      }
      for (Slot<T> slot : candidates) {
        if (!slot.holds(input)) {
          T merged = merge.apply(slot.value, record);
          if (merged != null) {
            slot.value = merged;
            slot.from.add(new InputRecord(input, pointer));
            return slot;
          }
        }
      }
      return append(slots, record, input, pointer, false);
    }

    void participation(Keyed<Slot<Participation>> slots, int input, String pointer, Participation p) {
      fold(slots, input, pointer, p, (a, b) -> a.getParticipant().equals(b.getParticipant())
          && a.getRole() == b.getRole() && a.getPeriod().equals(b.getPeriod()) && a.getAsOf().equals(b.getAsOf()),
          Merger::mergeParticipations);
    }

    /** One record stating what both agreeing records state, or null. */
    static Participation mergeParticipations(Participation a, Participation b) {
      if (!Facts.agree(a, b)) {
        return null;
      }
      List<String> cited = union(a.getSources(), b.getSources());
      if (Facts.refines(a, b)) {
        return Participation.builder().from(a).sources(cited).build();
      }
      if (Facts.refines(b, a)) {
        return Participation.builder().from(b).sources(cited).build();
      }
      if (a.getAsOf().isPresent() && b.getAsOf().isPresent() && !a.getAsOf().equals(b.getAsOf())) {
        return null;
      }
      Optional<Period> period;
      if (a.getPeriod().isEmpty() && b.getPeriod().isEmpty()) {
        period = Optional.empty();
      } else {
        Period c = combine(a.getPeriod().orElse(Period.unknown()), b.getPeriod().orElse(Period.unknown()));
        if (c == null) {
          return null;
        }
        period = Optional.of(c);
      }
      Participation merged = Participation.builder().from(a).period(period).asOf(either(a.getAsOf(), b.getAsOf()))
          .sources(cited).build();
      return Facts.refines(merged, a) && Facts.refines(merged, b) ? merged : null;
    }

    /** The period of the more precise end of each, or null when an end has no more precise one. */
    static Period combine(Period a, Period b) {
      if (a.refines(b)) {
        return a;
      }
      if (b.refines(a)) {
        return b;
      }
      Period.BoundKind[] startKind = new Period.BoundKind[1];
      PartialDate start = end(a.getStartKind(), a.getStart(), b.getStartKind(), b.getStart(), startKind);
      Period.BoundKind[] endKind = new Period.BoundKind[1];
      PartialDate end = end(a.getEndKind(), a.getEnd(), b.getEndKind(), b.getEnd(), endKind);
      if (startKind[0] == null || endKind[0] == null) {
        return null;
      }
      Period c = Period.of(startKind[0], start, endKind[0], end);
      return c.refines(a) && c.refines(b) ? c : null;
    }

    /** The more precise of two ends; {@code kind[0]} stays null when neither is. */
    private static PartialDate end(Period.BoundKind ka, Optional<PartialDate> da, Period.BoundKind kb,
        Optional<PartialDate> db, Period.BoundKind[] kind) {
      if (ka == Period.BoundKind.KNOWN && kb == Period.BoundKind.KNOWN) {
        if (Facts.refines(da.get(), db.get())) {
          kind[0] = ka;
          return da.get();
        }
        if (Facts.refines(db.get(), da.get())) {
          kind[0] = kb;
          return db.get();
        }
        return null;
      }
      if (ka == Period.BoundKind.KNOWN || kb == Period.BoundKind.UNKNOWN) {
        kind[0] = ka;
        return da.orElse(null);
      }
      kind[0] = kb;
      return db.orElse(null);
    }

    void chair(Keyed<Slot<Chairmanship>> slots, int input, String pointer, Chairmanship c) {
      List<Optional<ChairStatus>> statuses = new ArrayList<>(1);
      Slot<Chairmanship> slot = fold(slots, input, pointer, c, (a, b) -> a.getChairs().equals(b.getChairs())
          && a.getPeriod().equals(b.getPeriod()) && a.getStatus().equals(b.getStatus())
          && a.getCoChair().equals(b.getCoChair()), (a, b) -> {
            Chairmanship merged = mergeChairs(a, b);
            if (merged != null) {
              statuses.add(a.getStatus());
            }
            return merged;
          });
      if (!statuses.isEmpty() && statuses.get(0).isPresent() && c.getStatus().isPresent()
          && !statuses.get(0).equals(c.getStatus())) {
        Optional<ChairStatus> kept = slot.value.getStatus();
        Optional<ChairStatus> other = kept.equals(c.getStatus()) ? statuses.get(0) : c.getStatus();
        slot.notes.add("status: " + other.get() + " also stated; kept " + kept.get()
            + ", the status a term reaches last (the sources spoke at different times)");
      }
    }

    /**
     * One record of two agreeing chair terms, or null. {@link Facts#agree(Chairmanship, Chairmanship)}
     * does not compare statuses (they say when the source spoke); the merged term keeps the one a term
     * reaches last (past after current after incoming), whatever the order of the inputs.
     */
    static Chairmanship mergeChairs(Chairmanship a, Chairmanship b) {
      if (!Facts.agree(a, b)) {
        return null;
      }
      List<String> cited = union(a.getSources(), b.getSources());
      Optional<ChairStatus> status = latestStatus(a.getStatus(), b.getStatus());
      if (Facts.refines(a, b)) {
        return Chairmanship.builder().from(a).status(status).sources(cited).build();
      }
      if (Facts.refines(b, a)) {
        return Chairmanship.builder().from(b).status(status).sources(cited).build();
      }
      Period period = combine(a.getPeriod(), b.getPeriod());
      if (period == null) {
        return null;
      }
      Chairmanship merged = Chairmanship.builder().from(a).period(period).status(status)
          .coChair(either(a.getCoChair(), b.getCoChair())).sources(cited).build();
      return Facts.refines(merged, a) && Facts.refines(merged, b) ? merged : null;
    }

    static Optional<ChairStatus> latestStatus(Optional<ChairStatus> a, Optional<ChairStatus> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return either(a, b);
      }
      return rank(a.get()) >= rank(b.get()) ? a : b;
    }

    private static int rank(ChairStatus status) {
      return switch (status) {
        case INCOMING -> 0;
        case CURRENT -> 1;
        case PAST -> 2;
      };
    }

    void figure(Keyed<Slot<MigrationFigure>> slots, int input, String pointer, MigrationFigure f) {
      fold(slots, input, pointer, f, (a, b) -> a.getMetric().equals(b.getMetric()) && a.getScope() == b.getScope()
          && a.getValue().equals(b.getValue()) && a.getApproximation() == b.getApproximation()
          && a.getReferenceDate().equals(b.getReferenceDate()),
          (a, b) -> Facts.agree(a, b) && a.getApproximation() == b.getApproximation()
              ? MigrationFigure.builder().from(a).sources(union(a.getSources(), b.getSources())).build() : null);
    }

    void meeting(ProcessSlot process, int input, String pointer, Meeting m, Map<String, String> meetingIds) {
      Keyed<Slot<Meeting>> slots = process.meetings;
      Slot<Meeting> target = null;
      for (Slot<Meeting> slot : slots) {
        if (!slot.holds(input) && slot.value.getId().equals(m.getId()) && Facts.agree(slot.value, m)) {
          target = slot;
          break;
        }
      }
      if (target == null) {
        for (Slot<Meeting> slot : slots) {
          if (!slot.holds(input) && Facts.sameFact(slot.value, m) && Facts.agree(slot.value, m)) {
            target = slot;
            break;
          }
        }
      }
      if (target != null) {
        Meeting kept = target.value;
        Period period = combine(kept.getPeriod(), m.getPeriod());
        if (period == null) {
          period = kept.getPeriod();
          target.notes.add("period: input " + (input + 1) + " states " + m.getPeriod() + "; kept " + kept.getPeriod());
        }
        target.value = Meeting.builder().from(kept).name(either(kept.getName(), m.getName()))
            .ordinal(either(kept.getOrdinal(), m.getOrdinal())).host(either(kept.getHost(), m.getHost()))
            .city(either(kept.getCity(), m.getCity())).period(period)
            .sources(union(kept.getSources(), m.getSources())).build();
        target.from.add(new InputRecord(input, pointer));
        if (!kept.getId().equals(m.getId())) {
          meetingIds.put(m.getId(), kept.getId());
        }
        return;
      }
      Meeting record = m;
      boolean renamed = false;
      {
        for (Slot<Meeting> slot : slots) {
          if (!slot.holds(input) && slot.value.getId().equals(m.getId())) {
            String reason = "meeting " + RecordText.of(m) + " disagrees with " + RecordText.of(slot.value) + " ("
                + slot.from.get(0) + ")";
            InputRecord here = new InputRecord(input, pointer);
            if (onIdCollision == OnIdCollision.REFUSE) {
              throw new IdCollisionException(RecordKind.MEETING, m.getId(), slot.from.get(0), here, reason);
            }
            Set<String> taken = new HashSet<>();
            slots.forEach(s -> taken.add(s.value.getId()));
            String fresh = fresh(m.getId(), input, taken);
            meetingIds.put(m.getId(), fresh);
            rename(new Rename(RecordKind.MEETING, here, m.getId(), fresh, reason));
            record = Meeting.builder().from(m).id(fresh).build();
            renamed = true;
            break;
          }
        }
      }
      append(slots, record, input, pointer, renamed);
    }

    void declaration(ProcessSlot process, int input, String pointer, Declaration d) {
      Keyed<Slot<Declaration>> slots = process.declarations;
      for (Slot<Declaration> slot : slots) {
        Declaration kept = slot.value;
        if (!slot.holds(input) && Facts.sameFact(kept, d) && Facts.agree(kept, d)) {
          slot.value = Declaration.builder().from(kept)
              .adopted(Facts.refines(d.getAdopted(), kept.getAdopted()) ? d.getAdopted() : kept.getAdopted())
              .adopters(union(kept.getAdopters(), d.getAdopters())).themes(union(kept.getThemes(), d.getThemes()))
              .frameworks(union(kept.getFrameworks(), d.getFrameworks()))
              .sources(union(kept.getSources(), d.getSources())).build();
          slot.from.add(new InputRecord(input, pointer));
          return;
        }
      }
      Declaration record = d;
      boolean renamed = false;
      for (Slot<Declaration> slot : slots) {
        if (!slot.holds(input) && slot.value.getId().equals(d.getId())) {
          String reason = "declaration " + RecordText.of(d) + " is not " + RecordText.of(slot.value) + " ("
              + slot.from.get(0) + ")";
          InputRecord here = new InputRecord(input, pointer);
          if (onIdCollision == OnIdCollision.REFUSE) {
            throw new IdCollisionException(RecordKind.DECLARATION, d.getId(), slot.from.get(0), here, reason);
          }
          Set<String> taken = new HashSet<>();
          slots.forEach(s -> taken.add(s.value.getId()));
          String fresh = fresh(d.getId(), input, taken);
          rename(new Rename(RecordKind.DECLARATION, here, d.getId(), fresh, reason));
          record = Declaration.builder().from(d).id(fresh).build();
          renamed = true;
          break;
        }
      }
      append(slots, record, input, pointer, renamed);
    }

    // ---- the result ----

    MergeResult result() {
      List<MergedRecord> records = new ArrayList<>();
      Document.Builder doc = Document.builder();
      if (schemaVersion != null) {
        doc.schemaVersion(schemaVersion);
      }
      if (title != null) {
        doc.title(title);
      }
      if (asOf != null) {
        doc.asOf(asOf);
      }
      for (int k = 0; k < sources.size(); k++) {
        Slot<Source> s = sources.get(k);
        doc.addSources(s.value);
        records.add(record(RecordKind.SOURCE, "/sources/" + k, "source " + s.value.getId(), s, false));
      }
      for (int k = 0; k < states.size(); k++) {
        Slot<State> s = states.get(k);
        doc.addStates(s.value);
        records.add(record(RecordKind.STATE, "/states/" + k, "State " + s.value.getCode(), s, false));
      }
      for (int k = 0; k < organizations.size(); k++) {
        OrgSlot o = organizations.get(k);
        String at = "/organizations/" + k;
        records.add(record(RecordKind.ORGANIZATION, at, "organization " + o.head.value.getId(), o.head, false));
        List<MigrationFigure> figures = values(o.figures);
        figureRecords(records, at, " of " + o.head.value.getId(), o.figures);
        doc.addOrganizations(Organization.builder().from(o.head.value).figures(figures).build());
      }
      for (int k = 0; k < frameworks.size(); k++) {
        Slot<Framework> f = frameworks.get(k);
        doc.addFrameworks(f.value);
        records.add(record(RecordKind.FRAMEWORK, "/frameworks/" + k, "framework " + f.value.getId(), f, false));
      }
      for (int k = 0; k < processes.size(); k++) {
        ProcessSlot p = processes.get(k);
        String at = "/processes/" + k;
        String id = p.head.value.getId();
        String in = " in " + id;
        records.add(record(RecordKind.PROCESS, at, "process " + id, p.head, false));
        for (int j = 0; j < p.participations.size(); j++) {
          Slot<Participation> s = p.participations.get(j);
          records.add(record(RecordKind.PARTICIPATION, at + "/participations/" + j, RecordText.of(s.value) + in, s,
              apart(p.participations, s, Facts::sameFact)));
        }
        for (int j = 0; j < p.chairs.size(); j++) {
          Slot<Chairmanship> s = p.chairs.get(j);
          records.add(record(RecordKind.CHAIR_TERM, at + "/chairs/" + j, "chair term " + RecordText.of(s.value) + in, s,
              apart(p.chairs, s, Facts::sameFact)));
        }
        for (int j = 0; j < p.meetings.size(); j++) {
          Slot<Meeting> s = p.meetings.get(j);
          records.add(record(RecordKind.MEETING, at + "/meetings/" + j, "meeting " + RecordText.of(s.value) + in, s,
              apart(p.meetings, s, Facts::sameFact)));
        }
        for (int j = 0; j < p.declarations.size(); j++) {
          Slot<Declaration> s = p.declarations.get(j);
          records.add(record(RecordKind.DECLARATION, at + "/declarations/" + j,
              "declaration " + RecordText.of(s.value) + in, s, apart(p.declarations, s, Facts::sameFact)));
        }
        figureRecords(records, at, in, p.figures);
        doc.addProcesses(ConsultativeProcess.builder().from(p.head.value).participations(values(p.participations))
            .chairs(values(p.chairs)).meetings(values(p.meetings)).declarations(values(p.declarations))
            .figures(values(p.figures)).build());
      }
      for (int k = 0; k < people.size(); k++) {
        Slot<Person> s = people.get(k);
        doc.addPeople(s.value);
        records.add(record(RecordKind.PERSON, "/people/" + k, "person " + s.value.getId(), s, false));
      }
      return new MergeResult(doc.build(), records, renames, notes);
    }

    void figureRecords(List<MergedRecord> records, String owner, String in, Keyed<Slot<MigrationFigure>> figures) {
      for (int j = 0; j < figures.size(); j++) {
        Slot<MigrationFigure> s = figures.get(j);
        records.add(record(RecordKind.FIGURE, owner + "/figures/" + j, "figure " + RecordText.of(s.value) + in, s,
            apart(figures, s, Facts::sameFact)));
      }
    }

    static <T> List<T> values(List<Slot<T>> slots) {
      return slots.stream().map(s -> s.value).toList();
    }

    /** Whether another slot, holding no input of this one, states the same fact. */
    static <T> boolean apart(Keyed<Slot<T>> slots, Slot<T> slot, BiPredicate<T, T> sameFact) {
      for (Slot<T> other : slots.withKey(slots.key.apply(slot))) {
        if (other != slot && other.from.stream().noneMatch(r -> slot.holds(r.input()))
            && sameFact.test(other.value, slot.value)) {
          return true;
        }
      }
      return false;
    }

    static <T> MergedRecord record(RecordKind kind, String pointer, String subject, Slot<T> slot, boolean apart) {
      MergeOutcome outcome = slot.renamed ? MergeOutcome.RENAMED
          : slot.from.size() > 1 ? MergeOutcome.MERGED : apart ? MergeOutcome.KEPT_APART : MergeOutcome.KEPT;
      return new MergedRecord(kind, pointer, subject, outcome, slot.from, slot.notes);
    }
  }
}
