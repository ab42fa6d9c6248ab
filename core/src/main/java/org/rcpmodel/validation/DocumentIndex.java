package org.rcpmodel.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rcpmodel.Document;
import org.rcpmodel.Framework;
import org.rcpmodel.Organization;
import org.rcpmodel.Source;

/**
 * The indexes of one document that the rule families share, built once before any rule runs: the
 * first position of each source, organization and framework id, and the well-formed ids among them.
 * The indexes of a process are built per process ({@link #process}), so that a large document's
 * process indexes need not all be held at once.
 *
 * <p>Immutable after construction; not shared between runs.
 */
final class DocumentIndex {

  final Document doc;
  /** The first position of each source id. */
  final Map<String, Integer> sources;
  /** The first position of each organization id. */
  final Map<String, Integer> organizations;
  /** The first framework of each id. */
  final Map<String, Framework> frameworks;
  /**
   * The ids of {@link #sources} and {@link #organizations} that have the id form: a reference found
   * here is well formed and resolves, in one lookup instead of a character scan and a lookup.
   */
  final Set<String> cleanSourceIds;
  final Set<String> cleanOrganizationIds;
  /** The first process that has a meeting of each id. */
  final Map<String, Integer> meetingProcess;

  DocumentIndex(Document doc) {
    this.doc = doc;
    List<Source> sourceList = doc.getSources();
    sources = new HashMap<>(capacity(sourceList.size()));
    for (int i = 0; i < sourceList.size(); i++) {
      sources.putIfAbsent(sourceList.get(i).getId(), i);
    }
    List<Organization> organizationList = doc.getOrganizations();
    organizations = new HashMap<>(capacity(organizationList.size()));
    for (int i = 0; i < organizationList.size(); i++) {
      organizations.putIfAbsent(organizationList.get(i).getId(), i);
    }
    frameworks = new HashMap<>(capacity(doc.getFrameworks().size()));
    for (Framework f : doc.getFrameworks()) {
      frameworks.putIfAbsent(f.getId(), f);
    }
    meetingProcess = new HashMap<>();
    for (int p = 0; p < doc.getProcesses().size(); p++) {
      for (org.rcpmodel.Meeting meeting : doc.getProcesses().get(p).getMeetings()) {
        meetingProcess.putIfAbsent(meeting.getId(), p);
      }
    }
    cleanSourceIds = wellFormed(sources.keySet());
    cleanOrganizationIds = wellFormed(organizations.keySet());
  }

  private static Set<String> wellFormed(Set<String> ids) {
    Set<String> out = new HashSet<>(capacity(ids.size()));
    for (String id : ids) {
      if (FieldForms.isId(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** For each source id, the id of the source it supersedes (format 1.1); built on first use. */
  private Map<String, String> superseded;

  /**
   * Whether every source of one record is replaced by a source of another (format 1.1,
   * {@code Source.supersedes}, followed through chains of versions): the first record is outdated by
   * the second rather than disputing it.
   *
   * @param older the sources of the record that may be outdated; empty means not outdated
   * @param newer the sources of the record that may replace it
   */
  boolean outdatedBy(List<String> older, List<String> newer) {
    if (older.isEmpty() || newer.isEmpty()) {
      return false;
    }
    if (superseded == null) {
      superseded = new HashMap<>();
      for (Source source : doc.getSources()) {
        if (source.getSupersedes().isPresent()) {
          superseded.putIfAbsent(source.getId(), source.getSupersedes().get());
        }
      }
    }
    if (superseded.isEmpty()) {
      return false;
    }
    Set<String> replaced = new HashSet<>();
    for (String id : newer) {
      String current = superseded.get(id);
      // A chain is at most as long as the list of sources; a loop of versions stops there.
      for (int steps = 0; current != null && steps < superseded.size() && replaced.add(current); steps++) {
        current = superseded.get(current);
      }
    }
    return replaced.containsAll(older);
  }

  /** The indexes of process {@code p}, built now. */
  ProcessIndex process(int p) {
    return new ProcessIndex(this, doc.getProcesses().get(p), p);
  }

  /** The position of an organization's parent, or -1 when it has none or the parent does not resolve. */
  int parentIndex(Organization o) {
    if (o.getParent().isEmpty()) {
      return -1;
    }
    Integer index = organizations.get(o.getParent().get());
    return index == null ? -1 : index;
  }

  /** A hash map capacity that holds {@code n} entries without resizing. */
  static int capacity(int n) {
    return n + n / 3 + 1;
  }

  /** Whether two source lists are both non-empty and share no source: the records come from other sources. */
  static boolean disjointSources(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.size() * b.size() <= 64) {
      for (String s : b) {
        if (a.contains(s)) {
          return false;
        }
      }
      return true;
    }
    Set<String> set = new HashSet<>(a);
    for (String s : b) {
      if (set.contains(s)) {
        return false;
      }
    }
    return true;
  }
}
