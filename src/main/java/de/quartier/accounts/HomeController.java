package de.quartier.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The installation's start page lists its municipalities; each tenant has a start page of its own. */
@Controller
class HomeController {

    private final TenantService tenants;

    HomeController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("tenants", tenants.all());
        return "accounts/index";
    }

    @GetMapping("/{tenant}")
    String tenantHome(@PathVariable String tenant) {
        return "accounts/tenant-home";
    }
}
