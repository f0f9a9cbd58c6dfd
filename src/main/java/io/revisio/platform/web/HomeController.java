package io.revisio.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page that explains Revisio. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "pages/home";
    }
}
