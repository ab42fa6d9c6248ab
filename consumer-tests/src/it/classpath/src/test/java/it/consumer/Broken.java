package it.consumer;

/** A document with one ERROR: FRA, an observer all through the term, chairs without being a member. */
final class Broken {
  private Broken() {}

  static final String DOCUMENT = """
      {"schemaVersion": "1.0", "processes": [{"id": "almaty-process", "name": "Almaty Process", "kind": "RCP", "established": "2013",
        "participations": [{"participant": {"state": "KAZ"}, "role": "MEMBER", "period": "2013-06/.."},
                           {"participant": {"state": "FRA"}, "role": "OBSERVER", "period": "2015/.."}],
        "chairs": [{"chairs": [{"state": "KAZ"}], "period": "2013-06/2016"},
                   {"chairs": [{"state": "FRA"}], "period": "2016/2018"}]}]}
      """;
}
