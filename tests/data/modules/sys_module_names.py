import sys, sysconfig
print(len(sys.stdlib_module_names), type(sys.stdlib_module_names).__name__, sorted(sys.stdlib_module_names)[:5])
print(all(n in sys.stdlib_module_names for n in ('os', 'json', '_io', 'sys', 'zoneinfo', 'asyncio')))
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names, 'os' in sys.builtin_module_names)
print(list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(sysconfig.get_config_var('TZPATH'), sysconfig.get_config_var('VERSION'), sysconfig.get_config_var('SIZEOF_VOID_P'))
print(sysconfig.get_platform(), sysconfig.get_python_version())
