"""Settings of this laptop's app (not of the workspace): declared once, read through QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    label: str

    def get(self, store: QSettings) -> T:
        value = store.value(self.key, self.default)
        if isinstance(self.default, bool):
            return cast(T, value in (True, "true", "1", 1))
        return cast(T, value)

    def set(self, store: QSettings, value: T) -> None:
        store.setValue(self.key, value)


LANGUAGE: Setting[str] = Setting("ui/language", "id", "Bahasa tampilan")
LAST_WORKSPACE: Setting[str] = Setting("workspace/last", "", "Ruang kerja terakhir")
LAST_USER: Setting[str] = Setting("workspace/last_user", "", "Pengguna terakhir")
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray(), "Ukuran jendela")
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray(), "Tata letak jendela")


def store() -> QSettings:
    return QSettings()
