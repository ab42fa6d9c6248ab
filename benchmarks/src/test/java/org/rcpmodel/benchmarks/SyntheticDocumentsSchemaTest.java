package org.rcpmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.RcpJson;
import tools.jackson.databind.json.JsonMapper;

class SyntheticDocumentsSchemaTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static Schema schema() throws IOException {
    try (InputStream in = RcpJson.class.getResourceAsStream(RcpJson.SCHEMA_RESOURCE)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PLAIN.readTree(in));
    }
  }

  @Test
  void theBenchmarkDocumentsValidateAgainstTheShippedSchema() throws IOException {
    Schema schema = schema();

    assertThat(schema.validate(PLAIN.readTree(RcpJson.strict().write(SyntheticDocuments.valid(200))))).isEmpty();
    assertThat(schema.validate(PLAIN.readTree(RcpJson.strict().write(SyntheticDocuments.invalid(1000).document()))))
        .isEmpty();
  }
}
