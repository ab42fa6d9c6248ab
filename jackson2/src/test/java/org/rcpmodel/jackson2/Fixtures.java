package org.rcpmodel.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The inputs the tests share. */
final class Fixtures {

  private Fixtures() {}

  /** A small valid document; tests break one line of it. */
  static final String VALID = """
      {
        "schemaVersion": "1.0",
        "title": "Région — Алматы",
        "processes": [
          {
            "id": "almaty-process",
            "name": "Almaty Process",
            "kind": "RCP",
            "established": "2013",
            "chairingRule": {"termMonths": 24},
            "participations": [
              {"participant": {"state": "KAZ"}, "role": "MEMBER", "period": "2013-06/.."}
            ],
            "chairs": [
              {"chairs": [{"state": "KAZ"}], "period": "2013-06/2016"}
            ]
          }
        ]
      }
      """;

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

  static String replace(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }
}
