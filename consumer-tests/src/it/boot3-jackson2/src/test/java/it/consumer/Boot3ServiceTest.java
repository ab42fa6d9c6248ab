package it.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rcpmodel.json.RcpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class Boot3ServiceTest {

  @Autowired
  private MockMvc mvc;

  private MvcResult send(byte[] body) throws Exception {
    return mvc.perform(post("/documents").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
  }

  @Test
  void bootsMapperReadsTheAlmatyDocumentAndWritesRcpJsonsBytes() throws Exception {
    byte[] almaty = Files.readAllBytes(Path.of(System.getProperty("almaty.document")));
    MvcResult result = send(almaty);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentAsString())
        .isEqualTo(RcpJson.strict().write(RcpJson.strict().read(new String(almaty, "UTF-8")).document()));
  }

  @Test
  void aBadDocumentAnswers400WithTheReadersCodeAndPointer() throws Exception {
    MvcResult result = send("{\"schemaVersion\": \"1.0\",\n \"asOf\": \"2025-13\"}".getBytes("UTF-8"));
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    JsonNode problem = new ObjectMapper().readTree(result.getResponse().getContentAsByteArray());
    assertThat(problem.get("code").asText()).isEqualTo("date.invalid");
    assertThat(problem.get("pointer").asText()).isEqualTo("/asOf");
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("column").asInt()).isEqualTo(10);
  }
}
