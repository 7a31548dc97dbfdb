"""Drive `jzfacts mcp` as an assistant does, with the mcp SDK's own stdio client.

    python docs/mcp_example.py TOOL '{"argument": "value"}'

starts the server, lists its tools, calls TOOL and prints what the assistant receives.
Needs the extra: pip install 'jzfacts[mcp]'.
"""

import asyncio
import json
import os
import sys

import mcp
from mcp.client.stdio import stdio_client


async def main(tool: str, arguments: dict[str, object]) -> int:
    # The server sees this environment (JZFACTS_DATA …), not only the SDK's default one.
    server = mcp.StdioServerParameters(
        command=sys.executable, args=["-m", "jzfacts", "mcp"], env=dict(os.environ)
    )
    async with (
        stdio_client(server) as (read, write),
        mcp.ClientSession(read, write) as session,
    ):
        await session.initialize()
        tools = (await session.list_tools()).tools
        print("tools:", ", ".join(t.name for t in tools))
        result = await session.call_tool(tool, arguments)
        print("error:" if result.is_error else "result:")
        for block in result.content:
            print(block.text.rstrip("\n") if block.type == "text" else block)
        return 1 if result.is_error else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1], json.loads(sys.argv[2]))))
