import {
  Menu,
  MenuButton,
  MenuGroup,
  MenuGroupHeader,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { useI18n, type Lang } from "../i18n";

/**
 * The pane's settings behind one icon button: at 350 px a visible language picker costs a line
 * that the findings need (Fluent's task-pane guidance keeps such choices in a menu).
 */
export function SettingsMenu({ onLanguageChange }: { onLanguageChange(l: Lang): void }) {
  const { t, lang } = useI18n();
  return (
    <Menu
      checkedValues={{ lang: [lang] }}
      onCheckedValueChange={(_, d) => {
        const next = d.checkedItems[0];
        if (next === "vi" || next === "en") onLanguageChange(next);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          appearance="subtle"
          size="small"
          icon={<SettingsRegular />}
          aria-label={t("app.settings")}
          title={t("app.settings")}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{t("app.language")}</MenuGroupHeader>
            <MenuItemRadio name="lang" value="vi">
              {t("app.language.vi")}
            </MenuItemRadio>
            <MenuItemRadio name="lang" value="en">
              {t("app.language.en")}
            </MenuItemRadio>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
