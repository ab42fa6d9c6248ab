package org.rcpmodel.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The documents the tests send. */
final class Documents {

  private Documents() {}

  /** The bundled Almaty Process document (examples module), as the build passes its path. */
  static byte[] almaty() {
    String path = System.getProperty("rcp.almaty.document");
    assertThat(path).as("system property rcp.almaty.document (set by the pom)").isNotNull();
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document with one ERROR: a chair that is not a participant. */
  static final String BROKEN = """
      {
        "schemaVersion": "1.0",
        "processes": [
          {
            "id": "almaty-process",
            "name": "Almaty Process",
            "kind": "RCP",
            "established": "2013",
            "participations": [
              {"participant": {"state": "KAZ"}, "role": "MEMBER", "period": "2013-06/.."},
              {"participant": {"state": "FRA"}, "role": "OBSERVER", "period": "2015/.."}
            ],
            "chairs": [
              {"chairs": [{"state": "KAZ"}], "period": "2013-06/2016"},
              {"chairs": [{"state": "FRA"}], "period": "2016/2018"}
            ]
          }
        ]
      }
      """;

  /** Not JSON: a value is missing after "kind". */
  static final String MALFORMED = BROKEN.replace("\"kind\": \"RCP\",", "\"kind\": ,");

  /** JSON, but an invalid date. */
  static final String BAD_DATE = BROKEN.replace("\"established\": \"2013\"", "\"established\": \"2013-13\"");
}
