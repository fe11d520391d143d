package dev.cvmatch.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Registers an account and logs it in, for the integration tests. */
final class Accounts {

    private Accounts() {
    }

    /**
     * Registers and logs in.
     *
     * @return the {@code Authorization} header value
     */
    static String registerAndLogin(MockMvc mvc, String email) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"password\":\"Correct-Horse-42\"}";
        mvc.perform(post("/auth/register").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        return "Bearer " + JsonPath.read(mvc.perform(post("/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$.access_token");
    }
}
