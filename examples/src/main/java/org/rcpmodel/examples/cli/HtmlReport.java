package org.rcpmodel.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.Meeting;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participation;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.examples.DocumentNames;
import org.rcpmodel.examples.Wording;
import org.rcpmodel.examples.timeline.TimelineSvg;
import org.rcpmodel.query.ChairHolding;
import org.rcpmodel.query.ProcessQuery;
import org.rcpmodel.query.RoleHolding;
import org.rcpmodel.time.Answer;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.validation.RcpValidator;
import org.rcpmodel.validation.Severity;
import org.rcpmodel.validation.ValidationReport;
import org.rcpmodel.validation.Violation;

/**
 * {@code rcp report}: one self-contained HTML page about a document, written as a stream. No script, no
 * network, no external asset: the style sheet is inline and each process's timeline is an inline SVG.
 * Every record the page shows carries the anchor of its JSON Pointer ({@code #r-processes-0-chairs-3}),
 * and each finding links to the nearest record its pointer lies in; every piece of document text is
 * escaped, and only {@code http} and {@code https} source URLs become links.
 */
final class HtmlReport {

  private static final String CSS = String.join("\n",
      ":root{color-scheme:light;--ink:#1b1f24;--muted:#59636e;--line:#d8dee4;--bg:#f6f8fa}",
      "*{box-sizing:border-box}",
      "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;color:var(--ink)}",
      "header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}",
      "header{padding-top:1rem;border-bottom:1px solid var(--line)}",
      "h1{font-size:1.6rem;margin:.3rem 0}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}",
      "h3{font-size:1.05rem;margin:1.4rem 0 .4rem}",
      "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.5rem 0 1rem}",
      "a{color:#0b5cad}",
      ".muted{color:var(--muted)}",
      ".wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}",
      "table{border-collapse:collapse;width:100%;font-size:.93rem}",
      "th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}",
      "th{background:var(--bg);font-weight:600}",
      "dl.overview{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}",
      "dl.overview dt{font-weight:600}dl.overview dd{margin:0}",
      ".maybe{font-style:italic;color:#8a5a00}",
      ".badge{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;margin-left:.3rem;text-decoration:none}",
      ".ERROR{background:#ffebe9;color:#a40e26}.WARNING{background:#fff8c5;color:#7d4e00}.INFO{background:#ddf4ff;color:#0a3069}",
      ":target{background:#fff3c4;outline:2px solid #e0b400}",
      ".timeline{overflow-x:auto;border:1px solid var(--line);border-radius:6px;background:#fff}",
      ".timeline svg{display:block;max-width:none}",
      // Wide screens fit the whole picture in the column; phones keep it legible and scroll it sideways.
      "@media (min-width:48rem){.timeline svg{max-width:100%;height:auto}}",
      ".scroll-hint{display:none}@media (max-width:48rem){.scroll-hint{display:block}}",
      "ul.findings{padding-left:1.2rem}ul.findings li{margin:.3rem 0}",
      "code{font-size:.88em;background:var(--bg);padding:0 .2rem;border-radius:3px;word-break:break-all}",
      "footer{margin:2rem auto 1rem;font-size:.85rem;color:var(--muted)}",
      "@media (max-width:40rem){body{font-size:14px}th,td{padding:.25rem .3rem}dl.overview{grid-template-columns:1fr}",
      "dl.overview dd{margin-bottom:.4rem}}",
      "@media print{body{font-size:10.5pt}nav{display:none}a{color:inherit;text-decoration:none}",
      "a.source-link::after{content:' <' attr(href) '>';font-size:.85em;word-break:break-all}",
      ".timeline{overflow:visible;border:0}.timeline svg{width:100%;height:auto}",
      ".wrap{overflow:visible}tr,li,svg{break-inside:avoid}h2,h3{break-after:avoid}:target{outline:0}}");

  private final Document document;
  private final String fileName;
  private final PartialDate at;
  private final Locale locale;
  private final PartialDate from;
  private final PartialDate to;
  private final DocumentNames names;
  private final Roster roster;
  private final PartialDate nameDate;
  private final Map<String, Integer> sourceIndex = new HashMap<>();
  private final Map<String, Framework> frameworks = new HashMap<>();
  /** Findings by the anchor of the record they point into, in report order. */
  private final Map<String, List<Integer>> findingsByAnchor = new HashMap<>();
  private final List<Violation> violations = new ArrayList<>();
  private Writer w;

  HtmlReport(Document document, String fileName, PartialDate at, Locale locale, PartialDate from, PartialDate to) {
    this.document = document;
    this.fileName = fileName;
    this.locale = locale;
    this.from = from;
    this.to = to;
    this.names = DocumentNames.of(document);
    this.roster = new Roster(document);
    Summary summary = new Summary(document);
    this.nameDate = summary.defaultDate();
    this.at = at == null ? nameDate : at;
    for (int i = 0; i < document.getSources().size(); i++) {
      sourceIndex.putIfAbsent(document.getSources().get(i).getId(), i);
    }
    for (Framework f : document.getFrameworks()) {
      frameworks.putIfAbsent(f.getId(), f);
    }
  }

  /** The date whose roster the report shows. */
  PartialDate rosterDate() {
    return at;
  }

  void write(Writer out) throws IOException {
    try {
      writePage(out);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void writePage(Writer out) throws IOException {
    this.w = out;
    ValidationReport report = RcpValidator.validate(document, locale);
    for (Severity severity : Severity.values()) {
      violations.addAll(report.withSeverity(severity));
    }
    for (int i = 0; i < violations.size(); i++) {
      findingsByAnchor.computeIfAbsent(anchorFor(violations.get(i).path()), k -> new ArrayList<>()).add(i);
    }
    String title = document.getTitle().orElseGet(() -> String.join(", ",
        document.getProcesses().stream().map(ConsultativeProcess::getName).toList()));
    w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + h(title.isEmpty() ? fileName : title) + " – rcp report</title>\n<style>\n" + CSS + "\n</style>\n</head>\n<body>\n");
    w.write("<header>\n<h1>" + h(title.isEmpty() ? fileName : title) + "</h1>\n<p class=\"muted\">Report on <code>"
        + h(fileName) + "</code>. " + h(document.getAsOf().map(d -> "Records as of " + d
            + "; about later dates they answer at most “maybe”.").orElse("The document gives no as-of date; names and the"
                + " roster are those of its latest date, " + nameDate + ".")) + " Roster on " + h(at.toString()) + ". "
        + "Validation: " + report.errors().size() + " errors, " + report.warnings().size() + " warnings, "
        + report.withSeverity(Severity.INFO).size() + " notes.</p>\n<nav><ul>\n");
    for (int i = 0; i < document.getProcesses().size(); i++) {
      w.write("<li><a href=\"#" + anchor("/processes/" + i) + "\">" + h(document.getProcesses().get(i).getName()) + "</a></li>\n");
    }
    w.write("<li><a href=\"#participants\">States and organizations</a></li>\n<li><a href=\"#sources\">Sources</a></li>\n"
        + "<li><a href=\"#findings\">Findings</a></li>\n</ul></nav>\n</header>\n<main>\n");
    for (int i = 0; i < document.getProcesses().size(); i++) {
      process(i, document.getProcesses().get(i));
    }
    participants();
    sources();
    findings(report);
    w.write("</main>\n<footer>Written by rcp report. Self-contained: no scripts, no external resources.</footer>\n"
        + "</body>\n</html>\n");
  }

  private void process(int index, ConsultativeProcess process) throws IOException {
    String base = "/processes/" + index;
    w.write("<section id=\"" + anchor(base) + "\">\n<h2>" + h(process.getName()) + badges(base) + "</h2>\n<dl class=\"overview\">\n");
    dd("Kind", Wording.kind(process.getKind()));
    process.getEstablished().ifPresent(d -> dd("Established", d.toString()));
    process.getRegion().ifPresent(r -> dd("Region", r));
    process.getPurpose().ifPresent(p -> dd("Purpose", p));
    if (!process.getFrameworks().isEmpty()) {
      dd("Supports", frameworkNames(process.getFrameworks()));
    }
    dd("Chairing", process.getChairingRule().getTermMonths().map(m -> "terms of " + m + " months").orElse("no declared term length"));
    w.write("</dl>\n");

    w.write("<h3>Timeline</h3>\n<p class=\"muted scroll-hint\">Scroll the picture sideways to see all years.</p>\n"
        + "<div class=\"timeline\">\n");
    TimelineSvg timeline = TimelineSvg.of(document).from(from).to(to);
    timeline.writeElement(process, w);
    w.write("</div>\n");

    rosterTable(process);

    w.write("<h3>Participations</h3>\n<div class=\"wrap\"><table>\n<thead><tr><th>Participant</th><th>Role</th>"
        + "<th>Period</th><th>Known on</th><th>Sources</th></tr></thead>\n<tbody>\n");
    for (int j = 0; j < process.getParticipations().size(); j++) {
      Participation p = process.getParticipations().get(j);
      String pointer = base + "/participations/" + j;
      w.write("<tr id=\"" + anchor(pointer) + "\"><td>" + h(names.fullName(p.getParticipant(), nameDate)) + badges(pointer)
          + "</td><td>" + h(Wording.role(p.getRole())) + "</td><td>" + h(p.getPeriod().map(Object::toString).orElse("not recorded"))
          + "</td><td>" + h(p.getAsOf().map(Object::toString).orElse("")) + "</td><td>" + cite(p.getSources()) + "</td></tr>\n");
    }
    w.write("</tbody></table></div>\n");

    w.write("<h3>Chair history</h3>\n");
    if (process.getChairs().isEmpty()) {
      w.write("<p class=\"muted\">No chair terms recorded.</p>\n");
    } else {
      w.write("<div class=\"wrap\"><table>\n<thead><tr><th>Term</th><th>Chair</th><th>Status</th><th>Sources</th></tr></thead>\n<tbody>\n");
      for (int j = 0; j < process.getChairs().size(); j++) {
        Chairmanship term = process.getChairs().get(j);
        String pointer = base + "/chairs/" + j;
        List<String> chairNames = term.getChairs().stream().map(c -> names.name(c, nameDate)).toList();
        String chairs = chairNames.size() == 1 ? chairNames.get(0) : String.join(" and ", chairNames) + " (co-chairs)";
        w.write("<tr id=\"" + anchor(pointer) + "\"><td>" + h(term.getPeriod().toString()) + "</td><td>" + h(chairs)
            + h(term.getCoChair().map(c -> ", with " + names.name(c, nameDate) + " as standing co-chair").orElse(""))
            + badges(pointer) + "</td><td>" + h(term.getStatus().map(Wording::status).orElse("")) + "</td><td>"
            + cite(term.getSources()) + "</td></tr>\n");
      }
      w.write("</tbody></table></div>\n");
    }

    w.write("<h3>Meetings</h3>\n");
    if (process.getMeetings().isEmpty()) {
      w.write("<p class=\"muted\">No meetings recorded.</p>\n");
    } else {
      w.write("<div class=\"wrap\"><table>\n<thead><tr><th>Date</th><th>Meeting</th><th>Where</th><th>Level</th><th>Sources</th>"
          + "</tr></thead>\n<tbody>\n");
      for (int j = 0; j < process.getMeetings().size(); j++) {
        Meeting m = process.getMeetings().get(j);
        String pointer = base + "/meetings/" + j;
        w.write("<tr id=\"" + anchor(pointer) + "\"><td>" + h(m.getPeriod().toString()) + "</td><td>"
            + h(m.getName().orElse(m.getId())) + badges(pointer) + "</td><td>"
            + h(m.getCity().orElse("") + m.getHost().map(c -> (m.getCity().isPresent() ? ", " : "") + names.stateName(c, nameDate))
                .orElse("")) + "</td><td>" + h(Wording.level(m.getLevel())) + "</td><td>" + cite(m.getSources()) + "</td></tr>\n");
      }
      w.write("</tbody></table></div>\n");
    }

    w.write("<h3>Declarations</h3>\n");
    if (process.getDeclarations().isEmpty()) {
      w.write("<p class=\"muted\">No declarations recorded.</p>\n");
    }
    for (int j = 0; j < process.getDeclarations().size(); j++) {
      Declaration d = process.getDeclarations().get(j);
      String pointer = base + "/declarations/" + j;
      Optional<String> meeting = d.getMeeting().map(id -> {
        for (int k = 0; k < process.getMeetings().size(); k++) {
          if (process.getMeetings().get(k).getId().equals(id)) {
            return "<a href=\"#" + anchor(base + "/meetings/" + k) + "\">"
                + h(process.getMeetings().get(k).getName().orElse(id)) + "</a>";
          }
        }
        return h(id);
      });
      w.write("<div id=\"" + anchor(pointer) + "\"><p><strong>" + h(d.getTitle()) + "</strong>, adopted " + h(d.getAdopted().toString())
          + meeting.map(m -> " at " + m).orElse("") + badges(pointer) + " " + cite(d.getSources()) + "</p><ul>\n");
      if (!d.getThemes().isEmpty()) {
        w.write("<li>Themes: " + h(String.join("; ", d.getThemes())) + "</li>\n");
      }
      if (!d.getFrameworks().isEmpty()) {
        w.write("<li>Refers to: " + h(frameworkNames(d.getFrameworks())) + "</li>\n");
      }
      if (!d.getAdopters().isEmpty()) {
        w.write("<li>Adopted by: " + h(String.join(", ", d.getAdopters().stream().map(a -> names.name(a, nameDate)).toList()))
            + "</li>\n");
      }
      w.write("</ul></div>\n");
    }

    w.write("<h3>Figures</h3>\n");
    figures(base, process.getFigures());
    w.write("</section>\n");
  }

  private void rosterTable(ConsultativeProcess process) throws IOException {
    ProcessQuery query = ProcessQuery.of(process);
    w.write("<h3>Roster on " + h(at.toString()) + "</h3>\n<div class=\"wrap\"><table class=\"roster\">\n<tbody>\n");
    List<ChairHolding> chairs = query.chairsOn(at);
    w.write("<tr><th>Chair</th><td>" + (chairs.isEmpty() ? "<span class=\"muted\">none recorded</span>"
        : String.join(", ", chairs.stream().map(c -> held(names.name(c.chair(), nameDate), roster.known(c.answer(), at))).toList()))
        + "</td></tr>\n");
    for (Role role : Role.values()) {
      List<RoleHolding> holders = query.holders(role, at);
      if (!holders.isEmpty()) {
        w.write("<tr><th>" + h(capitalised(Wording.roles(role))) + " (" + holders.size() + ")</th><td>"
            + String.join(", ", holders.stream().map(r -> held(names.name(r.participant(), nameDate),
                roster.known(r.answer(), at))).toList()) + "</td></tr>\n");
      }
    }
    w.write("</tbody></table></div>\n<p class=\"muted\"><span class=\"maybe\">(maybe)</span>: the records' dates allow it"
        + " but do not prove it" + h(document.getAsOf().filter(d -> at.latestDay().isAfter(d.latestDay()))
            .map(d -> "; the records are as of " + d + ", before " + at).orElse("")) + ".</p>\n");
  }

  private static String held(String name, Answer answer) {
    return h(name) + (answer == Answer.MAYBE ? " <span class=\"maybe\">(maybe)</span>" : "");
  }

  private void figures(String base, List<MigrationFigure> list) throws IOException {
    if (list.isEmpty()) {
      w.write("<p class=\"muted\">No figures recorded.</p>\n");
      return;
    }
    w.write("<ul>\n");
    for (int j = 0; j < list.size(); j++) {
      String pointer = base + "/figures/" + j;
      w.write("<li id=\"" + anchor(pointer) + "\">" + h(Wording.figure(list.get(j))) + badges(pointer) + " "
          + cite(list.get(j).getSources()) + "</li>\n");
    }
    w.write("</ul>\n");
  }

  private void participants() throws IOException {
    w.write("<section id=\"participants\">\n<h2>States and organizations</h2>\n<div class=\"wrap\"><table>\n"
        + "<thead><tr><th>Code</th><th>Name on " + h(nameDate.toString()) + "</th><th>Former names</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < document.getStates().size(); i++) {
      State s = document.getStates().get(i);
      String pointer = "/states/" + i;
      w.write("<tr id=\"" + anchor(pointer) + "\"><td>" + h(s.getCode()) + "</td><td>" + h(s.nameOn(nameDate)) + badges(pointer)
          + "</td><td>" + h(formerNames(s.getFormerNames())) + "</td></tr>\n");
    }
    w.write("</tbody></table></div>\n");
    if (!document.getOrganizations().isEmpty()) {
      w.write("<div class=\"wrap\"><table>\n<thead><tr><th>Organization</th><th>Name on " + h(nameDate.toString())
          + "</th><th>Founded</th><th>Sources</th></tr></thead>\n<tbody>\n");
      for (int i = 0; i < document.getOrganizations().size(); i++) {
        Organization o = document.getOrganizations().get(i);
        String pointer = "/organizations/" + i;
        w.write("<tr id=\"" + anchor(pointer) + "\"><td>" + h(o.getAcronym().orElse(o.getId())) + "</td><td>"
            + h(o.nameOn(nameDate)) + badges(pointer) + "</td><td>" + h(o.getFounded().map(Object::toString).orElse(""))
            + "</td><td>" + cite(o.getSources()) + "</td></tr>\n");
      }
      w.write("</tbody></table></div>\n");
      for (int i = 0; i < document.getOrganizations().size(); i++) {
        Organization o = document.getOrganizations().get(i);
        if (!o.getFigures().isEmpty()) {
          w.write("<h3>Figures of " + h(o.getAcronym().orElse(o.nameOn(nameDate))) + "</h3>\n");
          figures("/organizations/" + i, o.getFigures());
        }
      }
    }
    w.write("</section>\n");
  }

  private void sources() throws IOException {
    w.write("<section id=\"sources\">\n<h2>Sources</h2>\n");
    if (document.getSources().isEmpty()) {
      w.write("<p class=\"muted\">No sources recorded.</p>\n");
    } else {
      w.write("<ol>\n");
      for (int i = 0; i < document.getSources().size(); i++) {
        Source s = document.getSources().get(i);
        String pointer = "/sources/" + i;
        String titleText = "“" + h(s.getTitle()) + "”";
        String link = s.getUrl().filter(HtmlReport::isWebAddress)
            .map(u -> "<a class=\"source-link\" href=\"" + h(u) + "\" rel=\"noreferrer\">" + titleText + "</a>")
            .orElse(titleText + s.getUrl().map(u -> " <code>" + h(u) + "</code>").orElse(""));
        w.write("<li id=\"" + anchor(pointer) + "\">" + h(s.getPublisher().map(p -> p + ", ").orElse("")) + link
            + h(s.getPublished().map(d -> ", " + d).orElse("")) + badges(pointer) + "</li>\n");
      }
      w.write("</ol>\n");
    }
    w.write("</section>\n");
  }

  private void findings(ValidationReport report) throws IOException {
    w.write("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if (violations.isEmpty()) {
      w.write("<p>No findings: every rule holds.</p>\n");
    }
    int index = 0;
    for (Severity severity : Severity.values()) {
      List<Violation> these = report.withSeverity(severity);
      if (these.isEmpty()) {
        continue;
      }
      w.write("<h3 id=\"findings-" + severity.name().toLowerCase(Locale.ROOT) + "\">" + h(heading(severity)) + " ("
          + these.size() + ")</h3>\n<ul class=\"findings\">\n");
      for (Violation v : these) {
        String target = anchorFor(v.path());
        w.write("<li id=\"finding-" + index + "\"><span class=\"badge " + severity + "\">" + severity + "</span> <code>"
            + h(v.code()) + "</code> " + h(v.message()) + " — " + (target == null ? "<code>" + h(v.path()) + "</code>"
                : "<a href=\"#" + target + "\"><code>" + h(v.path().isEmpty() ? "(the document)" : v.path()) + "</code></a>")
            + "</li>\n");
        index++;
      }
      w.write("</ul>\n");
    }
    w.write("</section>\n");
  }

  private static String heading(Severity severity) {
    switch (severity) {
      case ERROR:
        return "Errors: records that cannot be true";
      case WARNING:
        return "Warnings: records that are probably or possibly wrong";
      default:
        return "Notes";
    }
  }

  /** Links to the findings that point into a record, one badge per severity. */
  private String badges(String pointer) {
    List<Integer> found = findingsByAnchor.get(anchor(pointer));
    if (found == null) {
      return "";
    }
    Map<Severity, List<Integer>> bySeverity = new LinkedHashMap<>();
    for (int i : found) {
      bySeverity.computeIfAbsent(violations.get(i).severity(), k -> new ArrayList<>()).add(i);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<Severity, List<Integer>> e : bySeverity.entrySet()) {
      out.append(" <a class=\"badge ").append(e.getKey()).append("\" href=\"#finding-").append(e.getValue().get(0))
          .append("\">").append(e.getValue().size()).append(' ').append(e.getKey().name().toLowerCase(Locale.ROOT))
          .append(e.getValue().size() == 1 ? "" : "s").append("</a>");
    }
    return out.toString();
  }

  /**
   * The anchor of the record a JSON Pointer lies in: the longest prefix of it that is a record the
   * report shows, or null when it lies in none (a finding about the whole document).
   */
  String anchorFor(String path) {
    String[] parts = path.split("/", -1);
    // parts[0] is "" before the leading slash.
    if (parts.length >= 3 && "processes".equals(parts[1]) && index(parts[2], document.getProcesses().size()) >= 0) {
      ConsultativeProcess p = document.getProcesses().get(index(parts[2], document.getProcesses().size()));
      if (parts.length >= 5) {
        int size = switch (parts[3]) {
          case "participations" -> p.getParticipations().size();
          case "chairs" -> p.getChairs().size();
          case "meetings" -> p.getMeetings().size();
          case "declarations" -> p.getDeclarations().size();
          case "figures" -> p.getFigures().size();
          default -> -1;
        };
        if (index(parts[4], size) >= 0) {
          return anchor(String.join("/", List.of(parts).subList(0, 5)));
        }
      }
      return anchor(String.join("/", List.of(parts).subList(0, 3)));
    }
    if (parts.length >= 3) {
      int size = switch (parts[1]) {
        case "states" -> document.getStates().size();
        case "organizations" -> document.getOrganizations().size();
        case "sources" -> document.getSources().size();
        default -> -1;
      };
      int i = index(parts[2], size);
      if (i >= 0) {
        if ("organizations".equals(parts[1]) && parts.length >= 5 && "figures".equals(parts[3])
            && index(parts[4], document.getOrganizations().get(i).getFigures().size()) >= 0) {
          return anchor(String.join("/", List.of(parts).subList(0, 5)));
        }
        return anchor(String.join("/", List.of(parts).subList(0, 3)));
      }
    }
    return null;
  }

  private static int index(String text, int size) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int i = Integer.parseInt(text);
    return i < size ? i : -1;
  }

  /** The HTML id of a record's JSON Pointer: {@code /processes/0/chairs/3} is {@code r-processes-0-chairs-3}. */
  static String anchor(String pointer) {
    return "r" + pointer.replace('/', '-');
  }

  private String cite(List<String> ids) {
    List<String> links = new ArrayList<>();
    java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
    for (String id : ids) {
      Integer i = sourceIndex.get(id);
      if (i == null) {
        links.add("<span class=\"muted\">" + h(id) + "?</span>");
      } else {
        numbers.add(i);
      }
    }
    List<String> cited = new ArrayList<>();
    for (int i : numbers) {
      cited.add("<a href=\"#" + anchor("/sources/" + i) + "\">[" + (i + 1) + "]</a>");
    }
    cited.addAll(links);
    return String.join(" ", cited);
  }

  private String frameworkNames(List<String> ids) {
    return String.join(", ", ids.stream()
        .map(id -> frameworks.containsKey(id)
            ? frameworks.get(id).getAcronym().orElse(frameworks.get(id).getName())
                + frameworks.get(id).getAdopted().map(d -> " (" + d + ")").orElse("")
            : id)
        .toList());
  }

  private static String formerNames(List<FormerName> formerNames) {
    return String.join("; ", formerNames.stream().map(f -> f.getName() + " (" + f.getPeriod() + ")").toList());
  }

  private void dd(String term, String value) {
    try {
      w.write("<dt>" + h(term) + "</dt><dd>" + h(value) + "</dd>\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isWebAddress(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && url.chars().noneMatch(c -> c <= ' ');
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String h(String text) {
    return org.rcpmodel.examples.Markup.escape(text);
  }
}
